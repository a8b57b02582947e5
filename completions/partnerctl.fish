complete --keep-order --exclusive --command partnerctl --arguments "(COMPLETE=fish partnerctl -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
