from judgeapp.cli import main

raise SystemExit(main())
