import multiprocessing

if __name__ == "__main__":
    # a frozen app's report workers start as this same program: let them run
    # the worker instead of the app (a no-op when not frozen)
    multiprocessing.freeze_support()
    from judgeapp.cli import main

    raise SystemExit(main())
