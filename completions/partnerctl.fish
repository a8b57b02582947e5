# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_partnerctl_global_optspecs
    string join \n db= tenant= as= format= q/quiet fields= wide no-headers csv-raw y/yes busy-timeout= v/verbose color= h/help V/version
end

function __fish_partnerctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_partnerctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_partnerctl_using_subcommand
    set -l cmd (__fish_partnerctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c partnerctl -n "__fish_partnerctl_needs_command" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "tenant" -d 'Tenants (one per city app) and their settings'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "user" -d 'Users of the tenant'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "partner" -d 'Partners: venues, artists, organizers…; `partner list` is the workspace home'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "member" -d 'Partner memberships: invitations, roles, permission flags'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "event" -d 'Events and their managing partners'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "invite" -d 'Event invites: send, respond, list, import'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "metrics" -d 'Event invite metrics for managing partners'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "plan" -d 'Plans and limits'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "access" -d 'Explain permission decisions, and who holds a permission'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "whoami" -d 'Who you act as: the actor, its tenant and its active memberships with their flags'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "audit" -d 'The audit log of every mutation'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "db" -d 'Database file: status, migrations, checks, backups'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "token" -d 'API tokens for the HTTP API (`serve`)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "serve" -d 'Serve the HTTP API of the Partner Workspace (bearer tokens from `token create`)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "man" -d 'Write the man pages, one per command (partnerctl.1, partnerctl-member-invite.1, …)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "demo" -d 'Fill an empty database with a realistic demo tenant and show it'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "apply" -d 'Make the tenant look like a setup manifest (YAML or JSON), in one transaction'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -f -a "create" -d 'Create a tenant with the built-in plans and default settings'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -f -a "list" -d 'List tenants'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -f -a "show" -d 'Show a tenant (default: the current one)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -f -a "settings" -d 'Tenant settings: timezone, default_plan, member_invitation_ttl, limit defaults'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show settings help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l name -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l timezone -d 'IANA timezone; quota days start at local midnight [default: UTC]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Exit 0 with the existing record when it agrees with every given field'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows: the first N in the list\'s order' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -f -a "show" -d 'Show every setting'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Set one setting (limit values: integer or `unlimited`)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from settings" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a tenant with the built-in plans and default settings'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tenants'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a tenant (default: the current one)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "settings" -d 'Tenant settings: timezone, default_plan, member_invitation_ttl, limit defaults'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -f -a "add" -d 'Add a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -f -a "list" -d 'List users'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -f -a "show" -d 'Show a user (email or id)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -f -a "import" -d 'Import users from CSV or JSONL (email,display_name[,id][,landlord]); all or nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and not __fish_seen_subcommand_from add list show import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l name -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l id -d 'Keep the platform\'s own id instead of a generated UUID v7' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l landlord -d 'Platform admin of this tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l if-not-exists -d 'Exit 0 with the existing record when it agrees with every given field'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows: the first N in the list\'s order' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -l landlord -d 'Landlords only'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -l input-format -d 'Input format (default: from the file extension)' -r -f -a "csv\t''
jsonl\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -l dry-run -d 'Validate only; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a user (email or id)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import users from CSV or JSONL (email,display_name[,id][,landlord]); all or nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -f -a "create" -d 'Create a partner (on the tenant\'s default plan unless --plan)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -f -a "list" -d 'The workspace home: your partners with role, members, events and today\'s invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -f -a "show" -d 'Show a partner'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -f -a "update" -d 'Rename a partner or change its kind'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -f -a "archive" -d 'Archive a partner: it keeps its data but cannot invite, host or take members'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and not __fish_seen_subcommand_from create list show update archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l name -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l kind -r -f -a "artist\t''
venue\t''
experience_provider\t''
influencer\t''
curator\t''
organizer\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l plan -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l owner -d 'Make this user (email or id) its first active owner' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Exit 0 with the existing record when it agrees with every given field'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows: the first N in the list\'s order' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -l name -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -l kind -r -f -a "artist\t''
venue\t''
experience_provider\t''
influencer\t''
curator\t''
organizer\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a partner (on the tenant\'s default plan unless --plan)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "list" -d 'The workspace home: your partners with role, members, events and today\'s invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a partner'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a partner or change its kind'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a partner: it keeps its data but cannot invite, host or take members'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -f -a "invite" -d 'Invite a user to a partner; prints the one-time invite code'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -f -a "accept" -d 'Accept an invitation (as the invited user, or on its behalf)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -f -a "decline" -d 'Decline an invitation'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -f -a "set-role" -d 'Change a member\'s role (flags reset to the role\'s defaults unless --keep-perms)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -f -a "set-perms" -d 'Grant or revoke permission flags'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -f -a "suspend" -d 'Suspend an active member (keeps the seat, confers no permission)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -f -a "reactivate" -d 'Reactivate a suspended member'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -f -a "remove" -d 'Remove a membership (or revoke an invitation)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -f -a "list" -d 'List a partner\'s members'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and not __fish_seen_subcommand_from invite accept decline set-role set-perms suspend reactivate remove list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l role -d 'Role [default: staff; with --resend: the invitation\'s current role]' -r -f -a "owner\t''
admin\t''
manager\t''
analyst\t''
staff\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l grant -r -f -a "can_invite\t''
can_manage_events\t''
can_view_metrics\t''
can_manage_members\t''
can_manage_billing\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l revoke -r -f -a "can_invite\t''
can_manage_events\t''
can_view_metrics\t''
can_manage_members\t''
can_manage_billing\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l expires-in -d 'Invitation lifetime, e.g. 48h, 7d (default: tenant member_invitation_ttl)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l resend -d 'Re-send a pending or expired invitation with a new code and expiry'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -l code -d 'The one-time invite code' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from decline" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l keep-perms
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-role" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -l grant -r -f -a "can_invite\t''
can_manage_events\t''
can_view_metrics\t''
can_manage_members\t''
can_manage_billing\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -l revoke -r -f -a "can_invite\t''
can_manage_events\t''
can_view_metrics\t''
can_manage_members\t''
can_manage_billing\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from set-perms" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -l status -r -f -a "invited\t''
active\t''
suspended\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows: the first N in the list\'s order' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite a user to a partner; prints the one-time invite code'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept an invitation (as the invited user, or on its behalf)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline an invitation'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "set-role" -d 'Change a member\'s role (flags reset to the role\'s defaults unless --keep-perms)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "set-perms" -d 'Grant or revoke permission flags'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend an active member (keeps the seat, confers no permission)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "reactivate" -d 'Reactivate a suspended member'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a membership (or revoke an invitation)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a partner\'s members'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -f -a "create" -d 'Create an event hosted by a partner'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -f -a "list" -d 'List events'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -f -a "show" -d 'Show an event'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -f -a "update" -d 'Change title or times'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -f -a "add-manager" -d 'Add a co-managing partner'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -f -a "remove-manager" -d 'Remove a co-managing partner'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and not __fish_seen_subcommand_from create list show update add-manager remove-manager help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l partner -d 'Host partner' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l title -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l starts-at -d 'RFC 3339, a date or local date-time (tenant zone: 2026-11-25 10:00), today, yesterday, 7d (ago)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l ends-at -d 'Default: starts_at + 4h' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l manager -d 'Co-managing partner (repeatable)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Exit 0 with the existing record when it agrees with every given field'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l partner -d 'Events this partner manages (host or manager)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows: the first N in the list\'s order' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l upcoming
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l past
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l title -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l starts-at -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l ends-at -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from add-manager" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from remove-manager" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an event hosted by a partner'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "list" -d 'List events'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an event'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change title or times'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "add-manager" -d 'Add a co-managing partner'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "remove-manager" -d 'Remove a co-managing partner'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -f -a "send" -d 'Send an invite to an event (needs --as)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -f -a "view" -d 'Mark an invite viewed (the receiver)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -f -a "accept" -d 'Accept an invite: the credited acceptance for this event'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -f -a "decline" -d 'Decline an invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -f -a "attendance" -d 'Set attendance of an accepted invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -f -a "list" -d 'List invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -f -a "show" -d 'Show an invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -f -a "expire" -d 'Expire the open invites of ended events'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -f -a "import" -d 'Import invites from CSV or JSONL; all or nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and not __fish_seen_subcommand_from send view accept decline attendance list show expire import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l on-behalf-of -d 'Issue the invite for this partner (needs can_invite on it)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l channel -r -f -a "in_app\t''
whatsapp\t''
link\t''
qr\t''
share_url\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from attendance" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l event -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l receiver -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l inviter -d 'user:USER or partner:PARTNER' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l status -r -f -a "pending\t''
viewed\t''
accepted\t''
declined\t''
closed_duplicate\t''
expired\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows: the first N in the list\'s order' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from expire" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l input-format -d 'Input format (default: from the file extension)' -r -f -a "csv\t''
jsonl\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l dry-run -d 'Validate only; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l create-missing-users -d 'Create receivers and issuers that do not exist yet'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send an invite to an event (needs --as)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "view" -d 'Mark an invite viewed (the receiver)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept an invite: the credited acceptance for this event'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline an invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "attendance" -d 'Set attendance of an accepted invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "list" -d 'List invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "expire" -d 'Expire the open invites of ended events'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import invites from CSV or JSONL; all or nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -f -a "event" -d 'Invite funnel of one event, per inviter principal or issuing user; --drill lists invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -f -a "partner" -d 'One row per event the partner manages'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -f -a "events" -d 'The events whose metrics you may see, busiest first (sent desc, then event id)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -f -a "leaderboard" -d 'Top inviters (or issuers) by credited acceptances'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and not __fish_seen_subcommand_from event partner events leaderboard help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l by -r -f -a "inviter\t''
issuer\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l since -d 'Invites created at or after TIME' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l until -d 'Invites created before TIME' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l sort -d 'Sort by this counter, descending: sent, viewed, accepted, declined, closed_duplicate, open, expired, attended or acceptance_rate [default order: accepted, then sent, descending]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l inviter -d 'With --drill: user:USER or partner:PARTNER' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l issuer -d 'With --drill: issuing user' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l status -r -f -a "pending\t''
viewed\t''
accepted\t''
declined\t''
closed_duplicate\t''
expired\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l limit -d 'With --drill: page size' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l after -d 'With --drill: the last invite id of the previous page' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l drill -d 'One invite per row, ordered by created_at, id (streamed)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from event" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -l since -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -l until -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from partner" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l since -d 'Invites created at or after TIME' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l until -d 'Invites created before TIME' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l sort -d 'Sort by this counter, descending: sent, viewed, accepted, declined, closed_duplicate, open, expired, attended or acceptance_rate [default order: sent, descending]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l limit -d 'At most N events' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l event -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l by -r -f -a "inviter\t''
issuer\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l top -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l since -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l until -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from leaderboard" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "event" -d 'Invite funnel of one event, per inviter principal or issuing user; --drill lists invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "partner" -d 'One row per event the partner manages'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "events" -d 'The events whose metrics you may see, busiest first (sent desc, then event id)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "leaderboard" -d 'Top inviters (or issuers) by credited acceptances'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -f -a "show" -d 'A partner\'s limits: allowed, used, remaining, resets_at'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -f -a "list" -d 'Every plan with its overrides and how many partners are on it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -f -a "set" -d 'Move a partner to a plan'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -f -a "update" -d 'Override limits of a plan (VALUE: integer or unlimited)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and not __fish_seen_subcommand_from show list set update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows: the first N in the list\'s order' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -l limit -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "show" -d 'A partner\'s limits: allowed, used, remaining, resets_at'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every plan with its overrides and how many partners are on it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "set" -d 'Move a partner to a plan'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "update" -d 'Override limits of a plan (VALUE: integer or unlimited)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -f -a "check" -d 'Is the actor (--as) allowed PERMISSION on a partner or event, and why? Exit 0 allowed, 4 denied'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -f -a "who" -d 'Every user who holds PERMISSION on a partner (or on a managing partner of an event), and through what'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and not __fish_seen_subcommand_from check who help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -l partner -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -l event -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -l partner -d 'The partner (slug or id)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -l event -d 'The event (slug or id): its host and manager partners' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from who" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "check" -d 'Is the actor (--as) allowed PERMISSION on a partner or event, and why? Exit 0 allowed, 4 denied'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "who" -d 'Every user who holds PERMISSION on a partner (or on a managing partner of an event), and through what'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List audit entries, oldest first'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l partner -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Entries made by this user (email or id)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'e.g. member.invite, invite.accept' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Entries at or after TIME (e.g. 7d, today, 2026-11-25 10:00)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l after -d 'Keyset paging: the entries after this id (the last id of the previous page)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l reverse -d 'Oldest first (default: newest first)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit entries, oldest first'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -f -a "status" -d 'Schema version, file facts and row counts'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -f -a "migrate" -d 'Apply pending migrations (every command also does this on open)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -f -a "check" -d 'PRAGMA integrity_check plus every rule of the spec re-verified; exit 8 on problems'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -f -a "backup" -d 'Consistent online copy to a new file DEST (VACUUM INTO), mode 0600'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -f -a "copy" -d 'Copy the whole database (ids, times, invite-code hashes, audit log) into an empty TARGET of either backend, in one transaction'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate check backup copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'A new SQLite file or an empty PostgreSQL database (postgres://…)' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Schema version, file facts and row counts'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply pending migrations (every command also does this on open)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'PRAGMA integrity_check plus every rule of the spec re-verified; exit 8 on problems'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Consistent online copy to a new file DEST (VACUUM INTO), mode 0600'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy the whole database (ids, times, invite-code hashes, audit log) into an empty TARGET of either backend, in one transaction'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "create" -d 'Create an API token for `serve` (of the --as user, or --for USER); prints its secret once'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "list" -d 'List your tokens (operator and landlords: every token of the tenant)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "revoke" -d 'Revoke a token; effective on its next request'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l name -d 'A label to tell tokens apart' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l expires-in -d 'Lifetime, e.g. 30d, 12h (default: no expiry)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l for -d 'The user the token acts as (operator or landlord)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an API token for `serve` (of the --as user, or --for USER); prints its secret once'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your tokens (operator and landlords: every token of the tenant)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a token; effective on its next request'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l listen -d 'Address to listen on (port 0: any free port; the bound address is printed on stderr)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l cors-origin -d 'Let a browser app on this origin call the API, e.g. https://app.example.com (repeatable)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand serve" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l out -d 'Directory to write the pages into (created if missing); one NAME.1 per command' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l size -r -f -a "small\t'A few thousand invites, in seconds'
large\t'About 1,000,000 invites over 1,000 events'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l seed -d 'Seed of the generated data: the same seed builds the same tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -l db -d 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -l tenant -d 'Tenant slug or id; optional when the database holds exactly one tenant' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -l as -d 'Act as this user (email or id); without it you act as the operator' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -l fields -d 'Print only these fields, in this order (every format)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -l busy-timeout -d 'Wait for a locked database up to MS milliseconds' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -l color -d 'Color on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -l dry-run -d 'Print the rows of what would change, and write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -l prune -d 'Also remove the members and event managers the file does not list (never the last owner)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -s q -l quiet -d 'Print only the ids of created/affected records, one per line'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -l wide -d 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -l no-headers -d 'No header row in table and csv output'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -l csv-raw -d 'Write CSV cells untouched (no leading \' before =, +, @, tab, CR)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -s y -l yes -d 'Skip confirmations (required for destructive commands without a TTY)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -s v -l verbose -d 'More diagnostics on stderr'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand apply" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "tenant" -d 'Tenants (one per city app) and their settings'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "user" -d 'Users of the tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "partner" -d 'Partners: venues, artists, organizers…; `partner list` is the workspace home'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "member" -d 'Partner memberships: invitations, roles, permission flags'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "event" -d 'Events and their managing partners'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "invite" -d 'Event invites: send, respond, list, import'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "metrics" -d 'Event invite metrics for managing partners'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "plan" -d 'Plans and limits'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "access" -d 'Explain permission decisions, and who holds a permission'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "whoami" -d 'Who you act as: the actor, its tenant and its active memberships with their flags'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "audit" -d 'The audit log of every mutation'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "db" -d 'Database file: status, migrations, checks, backups'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "token" -d 'API tokens for the HTTP API (`serve`)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "serve" -d 'Serve the HTTP API of the Partner Workspace (bearer tokens from `token create`)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "completions" -d 'Print a shell completion script'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "man" -d 'Write the man pages, one per command (partnerctl.1, partnerctl-member-invite.1, …)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "demo" -d 'Fill an empty database with a realistic demo tenant and show it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "apply" -d 'Make the tenant look like a setup manifest (YAML or JSON), in one transaction'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user partner member event invite metrics plan access whoami audit db token serve completions man demo apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "create" -d 'Create a tenant with the built-in plans and default settings'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "list" -d 'List tenants'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "show" -d 'Show a tenant (default: the current one)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "settings" -d 'Tenant settings: timezone, default_plan, member_invitation_ttl, limit defaults'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show a user (email or id)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "import" -d 'Import users from CSV or JSONL (email,display_name[,id][,landlord]); all or nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "create" -d 'Create a partner (on the tenant\'s default plan unless --plan)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "list" -d 'The workspace home: your partners with role, members, events and today\'s invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "show" -d 'Show a partner'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "update" -d 'Rename a partner or change its kind'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "archive" -d 'Archive a partner: it keeps its data but cannot invite, host or take members'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "invite" -d 'Invite a user to a partner; prints the one-time invite code'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "accept" -d 'Accept an invitation (as the invited user, or on its behalf)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "decline" -d 'Decline an invitation'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "set-role" -d 'Change a member\'s role (flags reset to the role\'s defaults unless --keep-perms)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "set-perms" -d 'Grant or revoke permission flags'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "suspend" -d 'Suspend an active member (keeps the seat, confers no permission)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "reactivate" -d 'Reactivate a suspended member'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a membership (or revoke an invitation)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'List a partner\'s members'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from event" -f -a "create" -d 'Create an event hosted by a partner'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from event" -f -a "list" -d 'List events'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from event" -f -a "show" -d 'Show an event'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from event" -f -a "update" -d 'Change title or times'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from event" -f -a "add-manager" -d 'Add a co-managing partner'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from event" -f -a "remove-manager" -d 'Remove a co-managing partner'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "send" -d 'Send an invite to an event (needs --as)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "view" -d 'Mark an invite viewed (the receiver)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "accept" -d 'Accept an invite: the credited acceptance for this event'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "decline" -d 'Decline an invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "attendance" -d 'Set attendance of an accepted invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "list" -d 'List invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "show" -d 'Show an invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "expire" -d 'Expire the open invites of ended events'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "import" -d 'Import invites from CSV or JSONL; all or nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "event" -d 'Invite funnel of one event, per inviter principal or issuing user; --drill lists invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "partner" -d 'One row per event the partner manages'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "events" -d 'The events whose metrics you may see, busiest first (sent desc, then event id)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "leaderboard" -d 'Top inviters (or issuers) by credited acceptances'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "show" -d 'A partner\'s limits: allowed, used, remaining, resets_at'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "list" -d 'Every plan with its overrides and how many partners are on it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "set" -d 'Move a partner to a plan'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "update" -d 'Override limits of a plan (VALUE: integer or unlimited)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "check" -d 'Is the actor (--as) allowed PERMISSION on a partner or event, and why? Exit 0 allowed, 4 denied'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "who" -d 'Every user who holds PERMISSION on a partner (or on a managing partner of an event), and through what'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit entries, oldest first'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Schema version, file facts and row counts'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending migrations (every command also does this on open)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'PRAGMA integrity_check plus every rule of the spec re-verified; exit 8 on problems'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Consistent online copy to a new file DEST (VACUUM INTO), mode 0600'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy the whole database (ids, times, invite-code hashes, audit log) into an empty TARGET of either backend, in one transaction'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create an API token for `serve` (of the --as user, or --for USER); prints its secret once'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "list" -d 'List your tokens (operator and landlords: every token of the tenant)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a token; effective on its next request'
