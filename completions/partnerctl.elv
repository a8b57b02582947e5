
use builtin;
use str;

set edit:completion:arg-completer[partnerctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'partnerctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'partnerctl'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand tenant 'Tenants (one per city app) and their settings'
            cand user 'Users of the tenant'
            cand partner 'Partners: venues, artists, organizers…; `partner list` is the workspace home'
            cand member 'Partner memberships: invitations, roles, permission flags'
            cand event 'Events and their managing partners'
            cand invite 'Event invites: send, respond, list, import'
            cand metrics 'Event invite metrics for managing partners'
            cand plan 'Plans and limits'
            cand access 'Explain permission decisions, and who holds a permission'
            cand whoami 'Who you act as: the actor, its tenant and its active memberships with their flags'
            cand audit 'The audit log of every mutation'
            cand db 'Database file: status, migrations, checks, backups'
            cand token 'API tokens for the HTTP API (`serve`)'
            cand serve 'Serve the HTTP API of the Partner Workspace (bearer tokens from `token create`)'
            cand completions 'Print a shell completion script'
            cand man 'Write the man pages, one per command (partnerctl.1, partnerctl-member-invite.1, …)'
            cand demo 'Fill an empty database with a realistic demo tenant and show it'
            cand apply 'Make the tenant look like a setup manifest (YAML or JSON), in one transaction'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;tenant'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a tenant with the built-in plans and default settings'
            cand list 'List tenants'
            cand show 'Show a tenant (default: the current one)'
            cand settings 'Tenant settings: timezone, default_plan, member_invitation_ttl, limit defaults'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;tenant;create'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --name 'Its display name'
            cand --timezone 'IANA timezone; quota days start at local midnight [default: UTC]'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --if-not-exists 'Exit 0 with the existing record when it agrees with every given field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenant;list'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --limit 'At most N rows: the first N in the list''s order'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenant;show'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenant;settings'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show every setting'
            cand set 'Set one setting (limit values: integer or `unlimited`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;tenant;settings;show'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenant;settings;set'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenant;settings;help'= {
            cand show 'Show every setting'
            cand set 'Set one setting (limit values: integer or `unlimited`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;tenant;settings;help;show'= {
        }
        &'partnerctl;tenant;settings;help;set'= {
        }
        &'partnerctl;tenant;settings;help;help'= {
        }
        &'partnerctl;tenant;help'= {
            cand create 'Create a tenant with the built-in plans and default settings'
            cand list 'List tenants'
            cand show 'Show a tenant (default: the current one)'
            cand settings 'Tenant settings: timezone, default_plan, member_invitation_ttl, limit defaults'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;tenant;help;create'= {
        }
        &'partnerctl;tenant;help;list'= {
        }
        &'partnerctl;tenant;help;show'= {
        }
        &'partnerctl;tenant;help;settings'= {
            cand show 'Show every setting'
            cand set 'Set one setting (limit values: integer or `unlimited`)'
        }
        &'partnerctl;tenant;help;settings;show'= {
        }
        &'partnerctl;tenant;help;settings;set'= {
        }
        &'partnerctl;tenant;help;help'= {
        }
        &'partnerctl;user'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user'
            cand list 'List users'
            cand show 'Show a user (email or id)'
            cand import 'Import users from CSV or JSONL (email,display_name[,id][,landlord]); all or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;user;add'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --name 'Their display name'
            cand --id 'Keep the platform''s own id instead of a generated UUID v7'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --landlord 'Platform admin of this tenant'
            cand --if-not-exists 'Exit 0 with the existing record when it agrees with every given field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;user;list'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --limit 'At most N rows: the first N in the list''s order'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --landlord 'Landlords only'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;user;show'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;user;import'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --input-format 'Input format (default: from the file extension)'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --dry-run 'Validate only; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;user;help'= {
            cand add 'Add a user'
            cand list 'List users'
            cand show 'Show a user (email or id)'
            cand import 'Import users from CSV or JSONL (email,display_name[,id][,landlord]); all or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;user;help;add'= {
        }
        &'partnerctl;user;help;list'= {
        }
        &'partnerctl;user;help;show'= {
        }
        &'partnerctl;user;help;import'= {
        }
        &'partnerctl;user;help;help'= {
        }
        &'partnerctl;partner'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a partner (on the tenant''s default plan unless --plan)'
            cand list 'The workspace home: your partners with role, members, events and today''s invites'
            cand show 'Show a partner'
            cand update 'Rename a partner or change its kind'
            cand archive 'Archive a partner: it keeps its data but cannot invite, host or take members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;partner;create'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --name 'Its display name'
            cand --kind 'What kind of partner it is [default: organizer]'
            cand --plan 'Its plan [default: the tenant''s default_plan setting]'
            cand --owner 'Make this user (email or id) its first active owner'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --if-not-exists 'Exit 0 with the existing record when it agrees with every given field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;partner;list'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --limit 'At most N rows: the first N in the list''s order'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;partner;show'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;partner;update'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --name 'The new display name'
            cand --kind 'The new kind'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;partner;archive'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;partner;help'= {
            cand create 'Create a partner (on the tenant''s default plan unless --plan)'
            cand list 'The workspace home: your partners with role, members, events and today''s invites'
            cand show 'Show a partner'
            cand update 'Rename a partner or change its kind'
            cand archive 'Archive a partner: it keeps its data but cannot invite, host or take members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;partner;help;create'= {
        }
        &'partnerctl;partner;help;list'= {
        }
        &'partnerctl;partner;help;show'= {
        }
        &'partnerctl;partner;help;update'= {
        }
        &'partnerctl;partner;help;archive'= {
        }
        &'partnerctl;partner;help;help'= {
        }
        &'partnerctl;member'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand invite 'Invite a user to a partner; prints the one-time invite code'
            cand accept 'Accept an invitation (as the invited user, or on its behalf)'
            cand decline 'Decline an invitation'
            cand set-role 'Change a member''s role (flags reset to the role''s defaults unless --keep-perms)'
            cand set-perms 'Grant or revoke permission flags'
            cand suspend 'Suspend an active member (keeps the seat, confers no permission)'
            cand reactivate 'Reactivate a suspended member'
            cand remove 'Remove a membership (or revoke an invitation)'
            cand list 'List a partner''s members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;member;invite'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --role 'Role [default: staff; with --resend: the invitation''s current role]'
            cand --grant 'Also grant this flag, beyond the role''s defaults (repeatable)'
            cand --revoke 'Withhold this flag of the role''s defaults (repeatable)'
            cand --expires-in 'Invitation lifetime, e.g. 48h, 7d (default: tenant member_invitation_ttl)'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --resend 'Re-send a pending or expired invitation with a new code and expiry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;member;accept'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --code 'The one-time invite code'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;member;decline'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;member;set-role'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --keep-perms 'Keep the flags as they are instead of the new role''s defaults'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;member;set-perms'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --grant 'Grant this flag (repeatable)'
            cand --revoke 'Revoke this flag (repeatable)'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;member;suspend'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;member;reactivate'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;member;remove'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;member;list'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --status 'Only the members in this state'
            cand --limit 'At most N rows: the first N in the list''s order'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;member;help'= {
            cand invite 'Invite a user to a partner; prints the one-time invite code'
            cand accept 'Accept an invitation (as the invited user, or on its behalf)'
            cand decline 'Decline an invitation'
            cand set-role 'Change a member''s role (flags reset to the role''s defaults unless --keep-perms)'
            cand set-perms 'Grant or revoke permission flags'
            cand suspend 'Suspend an active member (keeps the seat, confers no permission)'
            cand reactivate 'Reactivate a suspended member'
            cand remove 'Remove a membership (or revoke an invitation)'
            cand list 'List a partner''s members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;member;help;invite'= {
        }
        &'partnerctl;member;help;accept'= {
        }
        &'partnerctl;member;help;decline'= {
        }
        &'partnerctl;member;help;set-role'= {
        }
        &'partnerctl;member;help;set-perms'= {
        }
        &'partnerctl;member;help;suspend'= {
        }
        &'partnerctl;member;help;reactivate'= {
        }
        &'partnerctl;member;help;remove'= {
        }
        &'partnerctl;member;help;list'= {
        }
        &'partnerctl;member;help;help'= {
        }
        &'partnerctl;event'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an event hosted by a partner'
            cand list 'List events'
            cand show 'Show an event'
            cand update 'Change title or times'
            cand add-manager 'Add a co-managing partner'
            cand remove-manager 'Remove a co-managing partner'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;event;create'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --partner 'Host partner (slug or id)'
            cand --title 'Its title'
            cand --starts-at 'RFC 3339, a date or local date-time (tenant zone: 2026-11-25 10:00), today, yesterday, 7d (ago)'
            cand --ends-at 'Default: starts_at + 4h'
            cand --manager 'Co-managing partner (repeatable)'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --if-not-exists 'Exit 0 with the existing record when it agrees with every given field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;event;list'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --partner 'Events this partner manages (host or manager)'
            cand --limit 'At most N rows: the first N in the list''s order'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --upcoming 'Only events that have not ended yet'
            cand --past 'Only events that have ended'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;event;show'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;event;update'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --title 'The new title'
            cand --starts-at 'The new start (forms as for `event create`)'
            cand --ends-at 'The new end (forms as for `event create`)'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;event;add-manager'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;event;remove-manager'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;event;help'= {
            cand create 'Create an event hosted by a partner'
            cand list 'List events'
            cand show 'Show an event'
            cand update 'Change title or times'
            cand add-manager 'Add a co-managing partner'
            cand remove-manager 'Remove a co-managing partner'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;event;help;create'= {
        }
        &'partnerctl;event;help;list'= {
        }
        &'partnerctl;event;help;show'= {
        }
        &'partnerctl;event;help;update'= {
        }
        &'partnerctl;event;help;add-manager'= {
        }
        &'partnerctl;event;help;remove-manager'= {
        }
        &'partnerctl;event;help;help'= {
        }
        &'partnerctl;invite'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand send 'Send an invite to an event (needs --as)'
            cand view 'Mark an invite viewed (the receiver)'
            cand accept 'Accept an invite: the credited acceptance for this event'
            cand decline 'Decline an invite'
            cand attendance 'Set attendance of an accepted invite'
            cand list 'List invites'
            cand show 'Show an invite'
            cand expire 'Expire the open invites of ended events'
            cand import 'Import invites from CSV or JSONL; all or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;invite;send'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --on-behalf-of 'Issue the invite for this partner (needs can_invite on it)'
            cand --channel 'How the invite reaches the receiver'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invite;view'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invite;accept'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invite;decline'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invite;attendance'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invite;list'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --event 'Invites to this event (slug or id)'
            cand --receiver 'Invites to this user (email or id)'
            cand --inviter 'Invites credited to user:USER or partner:PARTNER'
            cand --status 'Only the invites in this state'
            cand --limit 'At most N rows: the first N in the list''s order'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invite;show'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invite;expire'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invite;import'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --input-format 'Input format (default: from the file extension)'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --dry-run 'Validate only; write nothing'
            cand --create-missing-users 'Create receivers and issuers that do not exist yet'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invite;help'= {
            cand send 'Send an invite to an event (needs --as)'
            cand view 'Mark an invite viewed (the receiver)'
            cand accept 'Accept an invite: the credited acceptance for this event'
            cand decline 'Decline an invite'
            cand attendance 'Set attendance of an accepted invite'
            cand list 'List invites'
            cand show 'Show an invite'
            cand expire 'Expire the open invites of ended events'
            cand import 'Import invites from CSV or JSONL; all or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;invite;help;send'= {
        }
        &'partnerctl;invite;help;view'= {
        }
        &'partnerctl;invite;help;accept'= {
        }
        &'partnerctl;invite;help;decline'= {
        }
        &'partnerctl;invite;help;attendance'= {
        }
        &'partnerctl;invite;help;list'= {
        }
        &'partnerctl;invite;help;show'= {
        }
        &'partnerctl;invite;help;expire'= {
        }
        &'partnerctl;invite;help;import'= {
        }
        &'partnerctl;invite;help;help'= {
        }
        &'partnerctl;metrics'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand event 'Invite funnel of one event, per inviter principal or issuing user; --drill lists invites'
            cand partner 'One row per event the partner manages'
            cand events 'The events whose metrics you may see, busiest first (sent desc, then event id)'
            cand leaderboard 'Top inviters (or issuers) by credited acceptances'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;metrics;event'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --by 'One row per inviter principal (user or partner) or per issuing user'
            cand --since 'Invites created at or after TIME'
            cand --until 'Invites created before TIME'
            cand --sort 'Sort by this counter, descending: sent, viewed, accepted, declined, closed_duplicate, open, expired, attended or acceptance_rate [default order: accepted, then sent, descending]'
            cand --inviter 'With --drill: user:USER or partner:PARTNER'
            cand --issuer 'With --drill: issuing user'
            cand --status 'With --drill: only the invites in this state'
            cand --limit 'With --drill: page size'
            cand --after 'With --drill: the last invite id of the previous page'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --drill 'One invite per row, ordered by created_at, id (streamed)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;metrics;partner'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --since 'Invites created at or after TIME'
            cand --until 'Invites created before TIME'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;metrics;events'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --since 'Invites created at or after TIME'
            cand --until 'Invites created before TIME'
            cand --sort 'Sort by this counter, descending: sent, viewed, accepted, declined, closed_duplicate, open, expired, attended or acceptance_rate [default order: sent, descending]'
            cand --limit 'At most N events'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;metrics;leaderboard'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --event 'Only this event (slug or id) [default: every event the partner manages]'
            cand --by 'Rank inviter principals (user or partner) or issuing users'
            cand --top 'How many rows'
            cand --since 'Invites created at or after TIME'
            cand --until 'Invites created before TIME'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;metrics;help'= {
            cand event 'Invite funnel of one event, per inviter principal or issuing user; --drill lists invites'
            cand partner 'One row per event the partner manages'
            cand events 'The events whose metrics you may see, busiest first (sent desc, then event id)'
            cand leaderboard 'Top inviters (or issuers) by credited acceptances'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;metrics;help;event'= {
        }
        &'partnerctl;metrics;help;partner'= {
        }
        &'partnerctl;metrics;help;events'= {
        }
        &'partnerctl;metrics;help;leaderboard'= {
        }
        &'partnerctl;metrics;help;help'= {
        }
        &'partnerctl;plan'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'A partner''s limits: allowed, used, remaining, resets_at'
            cand list 'Every plan with its overrides and how many partners are on it'
            cand set 'Move a partner to a plan'
            cand update 'Override limits of a plan (VALUE: integer or unlimited)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;plan;show'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;plan;list'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --limit 'At most N rows: the first N in the list''s order'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;plan;set'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;plan;update'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --limit 'A limit and its new value (repeatable); KEY: invites_per_event_per_inviter, invites_per_day_per_partner, invites_per_day_per_user, pending_invites_per_receiver, invites_to_same_receiver_per_30d or members_per_partner'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;plan;help'= {
            cand show 'A partner''s limits: allowed, used, remaining, resets_at'
            cand list 'Every plan with its overrides and how many partners are on it'
            cand set 'Move a partner to a plan'
            cand update 'Override limits of a plan (VALUE: integer or unlimited)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;plan;help;show'= {
        }
        &'partnerctl;plan;help;list'= {
        }
        &'partnerctl;plan;help;set'= {
        }
        &'partnerctl;plan;help;update'= {
        }
        &'partnerctl;plan;help;help'= {
        }
        &'partnerctl;access'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Is the actor (--as) allowed PERMISSION on a partner or event, and why? Exit 0 allowed, 4 denied'
            cand who 'Every user who holds PERMISSION on a partner (or on a managing partner of an event), and through what'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;access;check'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --partner 'The partner (slug or id)'
            cand --event 'The event (slug or id): decided on its host and manager partners'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;access;who'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --partner 'The partner (slug or id)'
            cand --event 'The event (slug or id): its host and manager partners'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;access;help'= {
            cand check 'Is the actor (--as) allowed PERMISSION on a partner or event, and why? Exit 0 allowed, 4 denied'
            cand who 'Every user who holds PERMISSION on a partner (or on a managing partner of an event), and through what'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;access;help;check'= {
        }
        &'partnerctl;access;help;who'= {
        }
        &'partnerctl;access;help;help'= {
        }
        &'partnerctl;whoami'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;audit'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List audit entries, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;audit;list'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --partner 'Entries about this partner (slug or id)'
            cand --actor 'Entries made by this user (email or id)'
            cand --action 'Entries of this action only'
            cand --since 'Entries at or after TIME (e.g. 7d, today, 2026-11-25 10:00)'
            cand --limit 'At most N entries'
            cand --after 'Keyset paging: the entries after this id (the last id of the previous page)'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --reverse 'Oldest first (default: newest first)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;audit;help'= {
            cand list 'List audit entries, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;audit;help;list'= {
        }
        &'partnerctl;audit;help;help'= {
        }
        &'partnerctl;db'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Schema version, file facts and row counts'
            cand migrate 'Apply pending migrations (every command also does this on open)'
            cand check 'PRAGMA integrity_check, every rule of the spec re-verified and every invite counter recounted; exit 8 on problems'
            cand backup 'Consistent online copy to a new file DEST (VACUUM INTO), mode 0600'
            cand copy 'Copy the whole database (ids, times, invite-code hashes, audit log) into an empty TARGET of either backend, in one transaction'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;db;status'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;db;migrate'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;db;check'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;db;backup'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;db;copy'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --to 'A new SQLite file or an empty PostgreSQL database (postgres://…)'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;db;help'= {
            cand status 'Schema version, file facts and row counts'
            cand migrate 'Apply pending migrations (every command also does this on open)'
            cand check 'PRAGMA integrity_check, every rule of the spec re-verified and every invite counter recounted; exit 8 on problems'
            cand backup 'Consistent online copy to a new file DEST (VACUUM INTO), mode 0600'
            cand copy 'Copy the whole database (ids, times, invite-code hashes, audit log) into an empty TARGET of either backend, in one transaction'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;db;help;status'= {
        }
        &'partnerctl;db;help;migrate'= {
        }
        &'partnerctl;db;help;check'= {
        }
        &'partnerctl;db;help;backup'= {
        }
        &'partnerctl;db;help;copy'= {
        }
        &'partnerctl;db;help;help'= {
        }
        &'partnerctl;token'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an API token for `serve` (of the --as user, or --for USER); prints its secret once'
            cand list 'List your tokens (operator and landlords: every token of the tenant)'
            cand revoke 'Revoke a token; effective on its next request'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;token;create'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --name 'A label to tell tokens apart'
            cand --expires-in 'Lifetime, e.g. 30d, 12h (default: no expiry)'
            cand --for 'The user the token acts as (operator or landlord)'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;token;list'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;token;revoke'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;token;help'= {
            cand create 'Create an API token for `serve` (of the --as user, or --for USER); prints its secret once'
            cand list 'List your tokens (operator and landlords: every token of the tenant)'
            cand revoke 'Revoke a token; effective on its next request'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;token;help;create'= {
        }
        &'partnerctl;token;help;list'= {
        }
        &'partnerctl;token;help;revoke'= {
        }
        &'partnerctl;token;help;help'= {
        }
        &'partnerctl;serve'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --listen 'Address to listen on (port 0: any free port; the bound address is printed on stderr)'
            cand --cors-origin 'Let a browser app on this origin call the API, e.g. https://app.example.com (repeatable)'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;completions'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;man'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --out 'Directory to write the pages into (created if missing); one NAME.1 per command'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;demo'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand --size 'How much data to generate'
            cand --seed 'Seed of the generated data: the same seed builds the same tenant'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;apply'= {
            cand --db 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]'
            cand --tenant 'Tenant slug or id; optional when the database holds exactly one tenant'
            cand --as 'Act as this user (email or id); without it you act as the operator'
            cand --format 'Output format'
            cand --fields 'Print only these fields, in this order (every format)'
            cand --busy-timeout 'Wait for a locked database up to MS milliseconds'
            cand --color 'Color on stderr'
            cand -q 'Print only the ids of created/affected records, one per line'
            cand --quiet 'Print only the ids of created/affected records, one per line'
            cand --wide 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)'
            cand --no-headers 'No header row in table and csv output'
            cand --csv-raw 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)'
            cand -y 'Skip confirmations (required for destructive commands without a TTY)'
            cand --yes 'Skip confirmations (required for destructive commands without a TTY)'
            cand -v 'More diagnostics on stderr'
            cand --verbose 'More diagnostics on stderr'
            cand --dry-run 'Print the rows of what would change, and write nothing'
            cand --prune 'Also remove the members and event managers the file does not list (never the last owner)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;help'= {
            cand tenant 'Tenants (one per city app) and their settings'
            cand user 'Users of the tenant'
            cand partner 'Partners: venues, artists, organizers…; `partner list` is the workspace home'
            cand member 'Partner memberships: invitations, roles, permission flags'
            cand event 'Events and their managing partners'
            cand invite 'Event invites: send, respond, list, import'
            cand metrics 'Event invite metrics for managing partners'
            cand plan 'Plans and limits'
            cand access 'Explain permission decisions, and who holds a permission'
            cand whoami 'Who you act as: the actor, its tenant and its active memberships with their flags'
            cand audit 'The audit log of every mutation'
            cand db 'Database file: status, migrations, checks, backups'
            cand token 'API tokens for the HTTP API (`serve`)'
            cand serve 'Serve the HTTP API of the Partner Workspace (bearer tokens from `token create`)'
            cand completions 'Print a shell completion script'
            cand man 'Write the man pages, one per command (partnerctl.1, partnerctl-member-invite.1, …)'
            cand demo 'Fill an empty database with a realistic demo tenant and show it'
            cand apply 'Make the tenant look like a setup manifest (YAML or JSON), in one transaction'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;help;tenant'= {
            cand create 'Create a tenant with the built-in plans and default settings'
            cand list 'List tenants'
            cand show 'Show a tenant (default: the current one)'
            cand settings 'Tenant settings: timezone, default_plan, member_invitation_ttl, limit defaults'
        }
        &'partnerctl;help;tenant;create'= {
        }
        &'partnerctl;help;tenant;list'= {
        }
        &'partnerctl;help;tenant;show'= {
        }
        &'partnerctl;help;tenant;settings'= {
            cand show 'Show every setting'
            cand set 'Set one setting (limit values: integer or `unlimited`)'
        }
        &'partnerctl;help;tenant;settings;show'= {
        }
        &'partnerctl;help;tenant;settings;set'= {
        }
        &'partnerctl;help;user'= {
            cand add 'Add a user'
            cand list 'List users'
            cand show 'Show a user (email or id)'
            cand import 'Import users from CSV or JSONL (email,display_name[,id][,landlord]); all or nothing'
        }
        &'partnerctl;help;user;add'= {
        }
        &'partnerctl;help;user;list'= {
        }
        &'partnerctl;help;user;show'= {
        }
        &'partnerctl;help;user;import'= {
        }
        &'partnerctl;help;partner'= {
            cand create 'Create a partner (on the tenant''s default plan unless --plan)'
            cand list 'The workspace home: your partners with role, members, events and today''s invites'
            cand show 'Show a partner'
            cand update 'Rename a partner or change its kind'
            cand archive 'Archive a partner: it keeps its data but cannot invite, host or take members'
        }
        &'partnerctl;help;partner;create'= {
        }
        &'partnerctl;help;partner;list'= {
        }
        &'partnerctl;help;partner;show'= {
        }
        &'partnerctl;help;partner;update'= {
        }
        &'partnerctl;help;partner;archive'= {
        }
        &'partnerctl;help;member'= {
            cand invite 'Invite a user to a partner; prints the one-time invite code'
            cand accept 'Accept an invitation (as the invited user, or on its behalf)'
            cand decline 'Decline an invitation'
            cand set-role 'Change a member''s role (flags reset to the role''s defaults unless --keep-perms)'
            cand set-perms 'Grant or revoke permission flags'
            cand suspend 'Suspend an active member (keeps the seat, confers no permission)'
            cand reactivate 'Reactivate a suspended member'
            cand remove 'Remove a membership (or revoke an invitation)'
            cand list 'List a partner''s members'
        }
        &'partnerctl;help;member;invite'= {
        }
        &'partnerctl;help;member;accept'= {
        }
        &'partnerctl;help;member;decline'= {
        }
        &'partnerctl;help;member;set-role'= {
        }
        &'partnerctl;help;member;set-perms'= {
        }
        &'partnerctl;help;member;suspend'= {
        }
        &'partnerctl;help;member;reactivate'= {
        }
        &'partnerctl;help;member;remove'= {
        }
        &'partnerctl;help;member;list'= {
        }
        &'partnerctl;help;event'= {
            cand create 'Create an event hosted by a partner'
            cand list 'List events'
            cand show 'Show an event'
            cand update 'Change title or times'
            cand add-manager 'Add a co-managing partner'
            cand remove-manager 'Remove a co-managing partner'
        }
        &'partnerctl;help;event;create'= {
        }
        &'partnerctl;help;event;list'= {
        }
        &'partnerctl;help;event;show'= {
        }
        &'partnerctl;help;event;update'= {
        }
        &'partnerctl;help;event;add-manager'= {
        }
        &'partnerctl;help;event;remove-manager'= {
        }
        &'partnerctl;help;invite'= {
            cand send 'Send an invite to an event (needs --as)'
            cand view 'Mark an invite viewed (the receiver)'
            cand accept 'Accept an invite: the credited acceptance for this event'
            cand decline 'Decline an invite'
            cand attendance 'Set attendance of an accepted invite'
            cand list 'List invites'
            cand show 'Show an invite'
            cand expire 'Expire the open invites of ended events'
            cand import 'Import invites from CSV or JSONL; all or nothing'
        }
        &'partnerctl;help;invite;send'= {
        }
        &'partnerctl;help;invite;view'= {
        }
        &'partnerctl;help;invite;accept'= {
        }
        &'partnerctl;help;invite;decline'= {
        }
        &'partnerctl;help;invite;attendance'= {
        }
        &'partnerctl;help;invite;list'= {
        }
        &'partnerctl;help;invite;show'= {
        }
        &'partnerctl;help;invite;expire'= {
        }
        &'partnerctl;help;invite;import'= {
        }
        &'partnerctl;help;metrics'= {
            cand event 'Invite funnel of one event, per inviter principal or issuing user; --drill lists invites'
            cand partner 'One row per event the partner manages'
            cand events 'The events whose metrics you may see, busiest first (sent desc, then event id)'
            cand leaderboard 'Top inviters (or issuers) by credited acceptances'
        }
        &'partnerctl;help;metrics;event'= {
        }
        &'partnerctl;help;metrics;partner'= {
        }
        &'partnerctl;help;metrics;events'= {
        }
        &'partnerctl;help;metrics;leaderboard'= {
        }
        &'partnerctl;help;plan'= {
            cand show 'A partner''s limits: allowed, used, remaining, resets_at'
            cand list 'Every plan with its overrides and how many partners are on it'
            cand set 'Move a partner to a plan'
            cand update 'Override limits of a plan (VALUE: integer or unlimited)'
        }
        &'partnerctl;help;plan;show'= {
        }
        &'partnerctl;help;plan;list'= {
        }
        &'partnerctl;help;plan;set'= {
        }
        &'partnerctl;help;plan;update'= {
        }
        &'partnerctl;help;access'= {
            cand check 'Is the actor (--as) allowed PERMISSION on a partner or event, and why? Exit 0 allowed, 4 denied'
            cand who 'Every user who holds PERMISSION on a partner (or on a managing partner of an event), and through what'
        }
        &'partnerctl;help;access;check'= {
        }
        &'partnerctl;help;access;who'= {
        }
        &'partnerctl;help;whoami'= {
        }
        &'partnerctl;help;audit'= {
            cand list 'List audit entries, newest first'
        }
        &'partnerctl;help;audit;list'= {
        }
        &'partnerctl;help;db'= {
            cand status 'Schema version, file facts and row counts'
            cand migrate 'Apply pending migrations (every command also does this on open)'
            cand check 'PRAGMA integrity_check, every rule of the spec re-verified and every invite counter recounted; exit 8 on problems'
            cand backup 'Consistent online copy to a new file DEST (VACUUM INTO), mode 0600'
            cand copy 'Copy the whole database (ids, times, invite-code hashes, audit log) into an empty TARGET of either backend, in one transaction'
        }
        &'partnerctl;help;db;status'= {
        }
        &'partnerctl;help;db;migrate'= {
        }
        &'partnerctl;help;db;check'= {
        }
        &'partnerctl;help;db;backup'= {
        }
        &'partnerctl;help;db;copy'= {
        }
        &'partnerctl;help;token'= {
            cand create 'Create an API token for `serve` (of the --as user, or --for USER); prints its secret once'
            cand list 'List your tokens (operator and landlords: every token of the tenant)'
            cand revoke 'Revoke a token; effective on its next request'
        }
        &'partnerctl;help;token;create'= {
        }
        &'partnerctl;help;token;list'= {
        }
        &'partnerctl;help;token;revoke'= {
        }
        &'partnerctl;help;serve'= {
        }
        &'partnerctl;help;completions'= {
        }
        &'partnerctl;help;man'= {
        }
        &'partnerctl;help;demo'= {
        }
        &'partnerctl;help;apply'= {
        }
        &'partnerctl;help;help'= {
        }
    ]
    $completions[$command]
}
