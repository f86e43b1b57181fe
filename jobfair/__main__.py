from jobfair.app import main

raise SystemExit(main())
