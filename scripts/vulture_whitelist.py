# Names vulture (scripts/test) cannot see used: read by the frameworks, not by our code.
# Not executed; each line only mentions a name. A name goes here only with its reason.
_ = object

# Qt calls these overrides itself.
_.closeEvent
_.eventFilter
_.paintEvent
_.sizeHint

# Qt widgets kept as attributes: the reference keeps the object (and its shortcuts) alive.
_.guard  # ui/judge/interview.py: the shortcut guard filters the screen's key events
_.splitter  # ui/judge/interview.py
_.pages_split  # ui/pdf_viewer.py

# pydantic reads these: model configuration and validators (decorated methods).
model_config
_._decimal
_._decimal_texts
_._drop_default_rounding
_._drop_empty_anchors
_._drop_unset_calibration
_._format
_._format_rules
_._hex
_._structure

# openpyxl and sqlite3 read attributes we set.
_.alignment
_.number_format
_._sheets  # openpyxl workbook: sheet order
_.isolation_level  # sqlite3 connection: explicit transactions only
_.optionxform  # configparser: keys case-sensitive (tests/test_release.py)

# HiGHS reads the LP we fill in (domain/assignment.py: highspy.HighsLp and its matrix).
_.num_col_
_.num_row_
_.col_cost_
_.col_lower_
_.col_upper_
_.row_lower_
_.row_upper_
_.format_
_.start_
_.index_
_.value_
_.integrality_

# apsw calls the VFS methods (tests/faultvfs.py, tests/store/test_power_loss.py).
_.xOpen

# The benchmark's baseline loop: summing is the work being timed.
acc

# A dialog helper of the UI test kit (tests/ui/dialogs.py).
close_message

# Columns of a store row that the row's dataclass carries though no code reads them yet.
_.enrolled  # store/events.py Judge: judges.enrolled, when the judge enrolled
