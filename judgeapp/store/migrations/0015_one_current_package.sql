-- 0015: importing the same package is a no-op even when two imports run at
-- once. A region's current submission (superseded_by NULL) can hold a given
-- package content only once per event; submissions added without a package
-- (package_sha256 '') are not concerned. The import re-checks inside its write
-- transaction; this index makes the rule hold whatever writes the table.

CREATE UNIQUE INDEX submissions_one_current_package
    ON submissions(event_id, region_id, package_sha256)
    WHERE superseded_by IS NULL AND package_sha256 <> '';
