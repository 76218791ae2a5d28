from familjecenter_desktop.cli import main

raise SystemExit(main())
