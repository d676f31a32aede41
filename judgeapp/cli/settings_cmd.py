"""judgeapp settings [list | set NAME VALUE | reset NAME] — the user's settings."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="show or change the user's settings")
    acts = p.add_subparsers(dest="settings_action", metavar="ACTION")
    acts.add_parser("list", help="every setting with its value and description")
    s = acts.add_parser("set", help="change a setting")
    s.add_argument("name")
    s.add_argument("value")
    r = acts.add_parser("reset", help="back to the default")
    r.add_argument("name")
    p.set_defaults(func=_settings)


def _settings(args: argparse.Namespace) -> int:
    from judgeapp import settings as user_settings
    from judgeapp.i18n import t

    store = user_settings.load()
    action = args.settings_action or "list"
    if action == "list":
        print(t("berkas", "file") + f": {store.path}")
        for each in user_settings.SETTINGS:
            value = store.get(each.name)
            mark = "" if value == each.default else " *"
            print(f"{each.name} = {value!r}{mark}")
            print(f"    {each.description}")
        return 0
    setting = user_settings.BY_NAME.get(args.name)
    if setting is None:
        raise user_settings.SettingRefused(
            t("pengaturan tidak dikenal", "unknown setting")
            + " ("
            + ", ".join(user_settings.BY_NAME)
            + ")",
            args.name,
        )
    value = setting.parse(args.value) if action == "set" else setting.default
    store.set(setting.name, value)
    print(f"{setting.name} = {store.get(setting.name)!r}")
    return 0
