
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'partnerctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'partnerctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'partnerctl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Tenants (one per city app) and their settings')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users of the tenant')
            [CompletionResult]::new('partner', 'partner', [CompletionResultType]::ParameterValue, 'Partners: venues, artists, organizers…; `partner list` is the workspace home')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Partner memberships: invitations, roles, permission flags')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Events and their managing partners')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Event invites: send, respond, list, import')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Event invite metrics for managing partners')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plans and limits')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Explain permission decisions, and who holds a permission')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who you act as: the actor, its tenant and its active memberships with their flags')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of every mutation')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Database file: status, migrations, checks, backups')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens for the HTTP API (`serve`)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the HTTP API of the Partner Workspace (bearer tokens from `token create`)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the man pages, one per command (partnerctl.1, partnerctl-member-invite.1, …)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Fill an empty database with a realistic demo tenant and show it')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the tenant look like a setup manifest (YAML or JSON), in one transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;tenant' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant with the built-in plans and default settings')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tenants')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a tenant (default: the current one)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Tenant settings: timezone, default_plan, member_invitation_ttl, limit defaults')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;tenant;create' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Its display name')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA timezone; quota days start at local midnight [default: UTC]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Exit 0 with the existing record when it agrees with every given field')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;tenant;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows: the first N in the list''s order')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;tenant;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;tenant;settings' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one setting (limit values: integer or `unlimited`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;tenant;settings;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;tenant;settings;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;tenant;settings;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one setting (limit values: integer or `unlimited`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;tenant;settings;help;show' {
            break
        }
        'partnerctl;tenant;settings;help;set' {
            break
        }
        'partnerctl;tenant;settings;help;help' {
            break
        }
        'partnerctl;tenant;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant with the built-in plans and default settings')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tenants')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a tenant (default: the current one)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Tenant settings: timezone, default_plan, member_invitation_ttl, limit defaults')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;tenant;help;create' {
            break
        }
        'partnerctl;tenant;help;list' {
            break
        }
        'partnerctl;tenant;help;show' {
            break
        }
        'partnerctl;tenant;help;settings' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one setting (limit values: integer or `unlimited`)')
            break
        }
        'partnerctl;tenant;help;settings;show' {
            break
        }
        'partnerctl;tenant;help;settings;set' {
            break
        }
        'partnerctl;tenant;help;help' {
            break
        }
        'partnerctl;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user (email or id)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import users from CSV or JSONL (email,display_name[,id][,landlord]); all or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;user;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Their display name')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Keep the platform''s own id instead of a generated UUID v7')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--landlord', '--landlord', [CompletionResultType]::ParameterName, 'Platform admin of this tenant')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Exit 0 with the existing record when it agrees with every given field')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;user;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows: the first N in the list''s order')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--landlord', '--landlord', [CompletionResultType]::ParameterName, 'Landlords only')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;user;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;user;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Input format (default: from the file extension)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate only; write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user (email or id)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import users from CSV or JSONL (email,display_name[,id][,landlord]); all or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;user;help;add' {
            break
        }
        'partnerctl;user;help;list' {
            break
        }
        'partnerctl;user;help;show' {
            break
        }
        'partnerctl;user;help;import' {
            break
        }
        'partnerctl;user;help;help' {
            break
        }
        'partnerctl;partner' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a partner (on the tenant''s default plan unless --plan)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspace home: your partners with role, members, events and today''s invites')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a partner')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a partner or change its kind')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a partner: it keeps its data but cannot invite, host or take members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;partner;create' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Its display name')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What kind of partner it is [default: organizer]')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Its plan [default: the tenant''s default_plan setting]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Make this user (email or id) its first active owner')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Exit 0 with the existing record when it agrees with every given field')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;partner;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows: the first N in the list''s order')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;partner;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;partner;update' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new display name')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The new kind')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;partner;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;partner;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a partner (on the tenant''s default plan unless --plan)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspace home: your partners with role, members, events and today''s invites')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a partner')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a partner or change its kind')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a partner: it keeps its data but cannot invite, host or take members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;partner;help;create' {
            break
        }
        'partnerctl;partner;help;list' {
            break
        }
        'partnerctl;partner;help;show' {
            break
        }
        'partnerctl;partner;help;update' {
            break
        }
        'partnerctl;partner;help;archive' {
            break
        }
        'partnerctl;partner;help;help' {
            break
        }
        'partnerctl;member' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a user to a partner; prints the one-time invite code')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation (as the invited user, or on its behalf)')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change a member''s role (flags reset to the role''s defaults unless --keep-perms)')
            [CompletionResult]::new('set-perms', 'set-perms', [CompletionResultType]::ParameterValue, 'Grant or revoke permission flags')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an active member (keeps the seat, confers no permission)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended member')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a membership (or revoke an invitation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a partner''s members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;member;invite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role [default: staff; with --resend: the invitation''s current role]')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Also grant this flag, beyond the role''s defaults (repeatable)')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Withhold this flag of the role''s defaults (repeatable)')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Invitation lifetime, e.g. 48h, 7d (default: tenant member_invitation_ttl)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--resend', '--resend', [CompletionResultType]::ParameterName, 'Re-send a pending or expired invitation with a new code and expiry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;member;accept' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The one-time invite code')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;member;decline' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;member;set-role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--keep-perms', '--keep-perms', [CompletionResultType]::ParameterName, 'Keep the flags as they are instead of the new role''s defaults')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;member;set-perms' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Grant this flag (repeatable)')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Revoke this flag (repeatable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;member;suspend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;member;reactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;member;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;member;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only the members in this state')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows: the first N in the list''s order')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;member;help' {
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a user to a partner; prints the one-time invite code')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation (as the invited user, or on its behalf)')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change a member''s role (flags reset to the role''s defaults unless --keep-perms)')
            [CompletionResult]::new('set-perms', 'set-perms', [CompletionResultType]::ParameterValue, 'Grant or revoke permission flags')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an active member (keeps the seat, confers no permission)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended member')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a membership (or revoke an invitation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a partner''s members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;member;help;invite' {
            break
        }
        'partnerctl;member;help;accept' {
            break
        }
        'partnerctl;member;help;decline' {
            break
        }
        'partnerctl;member;help;set-role' {
            break
        }
        'partnerctl;member;help;set-perms' {
            break
        }
        'partnerctl;member;help;suspend' {
            break
        }
        'partnerctl;member;help;reactivate' {
            break
        }
        'partnerctl;member;help;remove' {
            break
        }
        'partnerctl;member;help;list' {
            break
        }
        'partnerctl;member;help;help' {
            break
        }
        'partnerctl;event' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an event hosted by a partner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List events')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an event')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change title or times')
            [CompletionResult]::new('add-manager', 'add-manager', [CompletionResultType]::ParameterValue, 'Add a co-managing partner')
            [CompletionResult]::new('remove-manager', 'remove-manager', [CompletionResultType]::ParameterValue, 'Remove a co-managing partner')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;event;create' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'Host partner (slug or id)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Its title')
            [CompletionResult]::new('--starts-at', '--starts-at', [CompletionResultType]::ParameterName, 'RFC 3339, a date or local date-time (tenant zone: 2026-11-25 10:00), today, yesterday, 7d (ago)')
            [CompletionResult]::new('--ends-at', '--ends-at', [CompletionResultType]::ParameterName, 'Default: starts_at + 4h')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'Co-managing partner (repeatable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Exit 0 with the existing record when it agrees with every given field')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;event;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'Events this partner manages (host or manager)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows: the first N in the list''s order')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--upcoming', '--upcoming', [CompletionResultType]::ParameterName, 'Only events that have not ended yet')
            [CompletionResult]::new('--past', '--past', [CompletionResultType]::ParameterName, 'Only events that have ended')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;event;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;event;update' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The new title')
            [CompletionResult]::new('--starts-at', '--starts-at', [CompletionResultType]::ParameterName, 'The new start (forms as for `event create`)')
            [CompletionResult]::new('--ends-at', '--ends-at', [CompletionResultType]::ParameterName, 'The new end (forms as for `event create`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;event;add-manager' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;event;remove-manager' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;event;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an event hosted by a partner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List events')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an event')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change title or times')
            [CompletionResult]::new('add-manager', 'add-manager', [CompletionResultType]::ParameterValue, 'Add a co-managing partner')
            [CompletionResult]::new('remove-manager', 'remove-manager', [CompletionResultType]::ParameterValue, 'Remove a co-managing partner')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;event;help;create' {
            break
        }
        'partnerctl;event;help;list' {
            break
        }
        'partnerctl;event;help;show' {
            break
        }
        'partnerctl;event;help;update' {
            break
        }
        'partnerctl;event;help;add-manager' {
            break
        }
        'partnerctl;event;help;remove-manager' {
            break
        }
        'partnerctl;event;help;help' {
            break
        }
        'partnerctl;invite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send an invite to an event (needs --as)')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Mark an invite viewed (the receiver)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invite: the credited acceptance for this event')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invite')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Set attendance of an accepted invite')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invites')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invite')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Expire the open invites of ended events')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import invites from CSV or JSONL; all or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;invite;send' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--on-behalf-of', '--on-behalf-of', [CompletionResultType]::ParameterName, 'Issue the invite for this partner (needs can_invite on it)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How the invite reaches the receiver')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;invite;view' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;invite;accept' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;invite;decline' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;invite;attendance' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;invite;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Invites to this event (slug or id)')
            [CompletionResult]::new('--receiver', '--receiver', [CompletionResultType]::ParameterName, 'Invites to this user (email or id)')
            [CompletionResult]::new('--inviter', '--inviter', [CompletionResultType]::ParameterName, 'Invites credited to user:USER or partner:PARTNER')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only the invites in this state')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows: the first N in the list''s order')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;invite;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;invite;expire' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;invite;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Input format (default: from the file extension)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate only; write nothing')
            [CompletionResult]::new('--create-missing-users', '--create-missing-users', [CompletionResultType]::ParameterName, 'Create receivers and issuers that do not exist yet')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;invite;help' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send an invite to an event (needs --as)')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Mark an invite viewed (the receiver)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invite: the credited acceptance for this event')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invite')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Set attendance of an accepted invite')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invites')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invite')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Expire the open invites of ended events')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import invites from CSV or JSONL; all or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;invite;help;send' {
            break
        }
        'partnerctl;invite;help;view' {
            break
        }
        'partnerctl;invite;help;accept' {
            break
        }
        'partnerctl;invite;help;decline' {
            break
        }
        'partnerctl;invite;help;attendance' {
            break
        }
        'partnerctl;invite;help;list' {
            break
        }
        'partnerctl;invite;help;show' {
            break
        }
        'partnerctl;invite;help;expire' {
            break
        }
        'partnerctl;invite;help;import' {
            break
        }
        'partnerctl;invite;help;help' {
            break
        }
        'partnerctl;metrics' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Invite funnel of one event, per inviter principal or issuing user; --drill lists invites')
            [CompletionResult]::new('partner', 'partner', [CompletionResultType]::ParameterValue, 'One row per event the partner manages')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The events whose metrics you may see, busiest first (sent desc, then event id)')
            [CompletionResult]::new('leaderboard', 'leaderboard', [CompletionResultType]::ParameterValue, 'Top inviters (or issuers) by credited acceptances')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;metrics;event' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per inviter principal (user or partner) or per issuing user')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Invites created at or after TIME')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Invites created before TIME')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this counter, descending: sent, viewed, accepted, declined, closed_duplicate, open, expired, attended or acceptance_rate [default order: accepted, then sent, descending]')
            [CompletionResult]::new('--inviter', '--inviter', [CompletionResultType]::ParameterName, 'With --drill: user:USER or partner:PARTNER')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'With --drill: issuing user')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'With --drill: only the invites in this state')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'With --drill: page size')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'With --drill: the last invite id of the previous page')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--drill', '--drill', [CompletionResultType]::ParameterName, 'One invite per row, ordered by created_at, id (streamed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;metrics;partner' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Invites created at or after TIME')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Invites created before TIME')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;metrics;events' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Invites created at or after TIME')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Invites created before TIME')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this counter, descending: sent, viewed, accepted, declined, closed_duplicate, open, expired, attended or acceptance_rate [default order: sent, descending]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N events')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;metrics;leaderboard' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only this event (slug or id) [default: every event the partner manages]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Rank inviter principals (user or partner) or issuing users')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'How many rows')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Invites created at or after TIME')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Invites created before TIME')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;metrics;help' {
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Invite funnel of one event, per inviter principal or issuing user; --drill lists invites')
            [CompletionResult]::new('partner', 'partner', [CompletionResultType]::ParameterValue, 'One row per event the partner manages')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The events whose metrics you may see, busiest first (sent desc, then event id)')
            [CompletionResult]::new('leaderboard', 'leaderboard', [CompletionResultType]::ParameterValue, 'Top inviters (or issuers) by credited acceptances')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;metrics;help;event' {
            break
        }
        'partnerctl;metrics;help;partner' {
            break
        }
        'partnerctl;metrics;help;events' {
            break
        }
        'partnerctl;metrics;help;leaderboard' {
            break
        }
        'partnerctl;metrics;help;help' {
            break
        }
        'partnerctl;plan' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A partner''s limits: allowed, used, remaining, resets_at')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every plan with its overrides and how many partners are on it')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Move a partner to a plan')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Override limits of a plan (VALUE: integer or unlimited)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;plan;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;plan;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows: the first N in the list''s order')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;plan;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;plan;update' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'A limit and its new value (repeatable); KEY: invites_per_event_per_inviter, invites_per_day_per_partner, invites_per_day_per_user, pending_invites_per_receiver, invites_to_same_receiver_per_30d or members_per_partner')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;plan;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A partner''s limits: allowed, used, remaining, resets_at')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every plan with its overrides and how many partners are on it')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Move a partner to a plan')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Override limits of a plan (VALUE: integer or unlimited)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;plan;help;show' {
            break
        }
        'partnerctl;plan;help;list' {
            break
        }
        'partnerctl;plan;help;set' {
            break
        }
        'partnerctl;plan;help;update' {
            break
        }
        'partnerctl;plan;help;help' {
            break
        }
        'partnerctl;access' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Is the actor (--as) allowed PERMISSION on a partner or event, and why? Exit 0 allowed, 4 denied')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Every user who holds PERMISSION on a partner (or on a managing partner of an event), and through what')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;access;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The partner (slug or id)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'The event (slug or id): decided on its host and manager partners')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;access;who' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The partner (slug or id)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'The event (slug or id): its host and manager partners')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;access;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Is the actor (--as) allowed PERMISSION on a partner or event, and why? Exit 0 allowed, 4 denied')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Every user who holds PERMISSION on a partner (or on a managing partner of an event), and through what')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;access;help;check' {
            break
        }
        'partnerctl;access;help;who' {
            break
        }
        'partnerctl;access;help;help' {
            break
        }
        'partnerctl;whoami' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;audit;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'Entries about this partner (slug or id)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Entries made by this user (email or id)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Entries of this action only')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Entries at or after TIME (e.g. 7d, today, 2026-11-25 10:00)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N entries')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Keyset paging: the entries after this id (the last id of the previous page)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Oldest first (default: newest first)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;audit;help;list' {
            break
        }
        'partnerctl;audit;help;help' {
            break
        }
        'partnerctl;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Schema version, file facts and row counts')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations (every command also does this on open)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'PRAGMA integrity_check, every rule of the spec re-verified and every invite counter recounted; exit 8 on problems')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Consistent online copy to a new file DEST (VACUUM INTO), mode 0600')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database (ids, times, invite-code hashes, audit log) into an empty TARGET of either backend, in one transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;db;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;db;migrate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;db;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;db;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;db;copy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A new SQLite file or an empty PostgreSQL database (postgres://…)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;db;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Schema version, file facts and row counts')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations (every command also does this on open)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'PRAGMA integrity_check, every rule of the spec re-verified and every invite counter recounted; exit 8 on problems')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Consistent online copy to a new file DEST (VACUUM INTO), mode 0600')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database (ids, times, invite-code hashes, audit log) into an empty TARGET of either backend, in one transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;db;help;status' {
            break
        }
        'partnerctl;db;help;migrate' {
            break
        }
        'partnerctl;db;help;check' {
            break
        }
        'partnerctl;db;help;backup' {
            break
        }
        'partnerctl;db;help;copy' {
            break
        }
        'partnerctl;db;help;help' {
            break
        }
        'partnerctl;token' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API token for `serve` (of the --as user, or --for USER); prints its secret once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your tokens (operator and landlords: every token of the tenant)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token; effective on its next request')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;token;create' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A label to tell tokens apart')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Lifetime, e.g. 30d, 12h (default: no expiry)')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'The user the token acts as (operator or landlord)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;token;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;token;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API token for `serve` (of the --as user, or --for USER); prints its secret once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your tokens (operator and landlords: every token of the tenant)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token; effective on its next request')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;token;help;create' {
            break
        }
        'partnerctl;token;help;list' {
            break
        }
        'partnerctl;token;help;revoke' {
            break
        }
        'partnerctl;token;help;help' {
            break
        }
        'partnerctl;serve' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0: any free port; the bound address is printed on stderr)')
            [CompletionResult]::new('--cors-origin', '--cors-origin', [CompletionResultType]::ParameterName, 'Let a browser app on this origin call the API, e.g. https://app.example.com (repeatable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write the pages into (created if missing); one NAME.1 per command')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;demo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'How much data to generate')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the generated data: the same seed builds the same tenant')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;apply' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'SQLite database file (a plain path; created, mode 0600, only by `tenant create`, `demo` and `db migrate`) or a postgres:// URL [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant slug or id; optional when the database holds exactly one tenant')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (email or id); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, in this order (every format)')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Wait for a locked database up to MS milliseconds')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of created/affected records, one per line')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells untouched (no leading '' before =, +, @, tab, CR)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmations (required for destructive commands without a TTY)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the rows of what would change, and write nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove the members and event managers the file does not list (never the last owner)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'partnerctl;help' {
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Tenants (one per city app) and their settings')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users of the tenant')
            [CompletionResult]::new('partner', 'partner', [CompletionResultType]::ParameterValue, 'Partners: venues, artists, organizers…; `partner list` is the workspace home')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Partner memberships: invitations, roles, permission flags')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Events and their managing partners')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Event invites: send, respond, list, import')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Event invite metrics for managing partners')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plans and limits')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Explain permission decisions, and who holds a permission')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who you act as: the actor, its tenant and its active memberships with their flags')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of every mutation')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Database file: status, migrations, checks, backups')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens for the HTTP API (`serve`)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the HTTP API of the Partner Workspace (bearer tokens from `token create`)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the man pages, one per command (partnerctl.1, partnerctl-member-invite.1, …)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Fill an empty database with a realistic demo tenant and show it')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the tenant look like a setup manifest (YAML or JSON), in one transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'partnerctl;help;tenant' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant with the built-in plans and default settings')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tenants')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a tenant (default: the current one)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Tenant settings: timezone, default_plan, member_invitation_ttl, limit defaults')
            break
        }
        'partnerctl;help;tenant;create' {
            break
        }
        'partnerctl;help;tenant;list' {
            break
        }
        'partnerctl;help;tenant;show' {
            break
        }
        'partnerctl;help;tenant;settings' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one setting (limit values: integer or `unlimited`)')
            break
        }
        'partnerctl;help;tenant;settings;show' {
            break
        }
        'partnerctl;help;tenant;settings;set' {
            break
        }
        'partnerctl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user (email or id)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import users from CSV or JSONL (email,display_name[,id][,landlord]); all or nothing')
            break
        }
        'partnerctl;help;user;add' {
            break
        }
        'partnerctl;help;user;list' {
            break
        }
        'partnerctl;help;user;show' {
            break
        }
        'partnerctl;help;user;import' {
            break
        }
        'partnerctl;help;partner' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a partner (on the tenant''s default plan unless --plan)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspace home: your partners with role, members, events and today''s invites')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a partner')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a partner or change its kind')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a partner: it keeps its data but cannot invite, host or take members')
            break
        }
        'partnerctl;help;partner;create' {
            break
        }
        'partnerctl;help;partner;list' {
            break
        }
        'partnerctl;help;partner;show' {
            break
        }
        'partnerctl;help;partner;update' {
            break
        }
        'partnerctl;help;partner;archive' {
            break
        }
        'partnerctl;help;member' {
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a user to a partner; prints the one-time invite code')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation (as the invited user, or on its behalf)')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change a member''s role (flags reset to the role''s defaults unless --keep-perms)')
            [CompletionResult]::new('set-perms', 'set-perms', [CompletionResultType]::ParameterValue, 'Grant or revoke permission flags')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an active member (keeps the seat, confers no permission)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended member')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a membership (or revoke an invitation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a partner''s members')
            break
        }
        'partnerctl;help;member;invite' {
            break
        }
        'partnerctl;help;member;accept' {
            break
        }
        'partnerctl;help;member;decline' {
            break
        }
        'partnerctl;help;member;set-role' {
            break
        }
        'partnerctl;help;member;set-perms' {
            break
        }
        'partnerctl;help;member;suspend' {
            break
        }
        'partnerctl;help;member;reactivate' {
            break
        }
        'partnerctl;help;member;remove' {
            break
        }
        'partnerctl;help;member;list' {
            break
        }
        'partnerctl;help;event' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an event hosted by a partner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List events')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an event')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change title or times')
            [CompletionResult]::new('add-manager', 'add-manager', [CompletionResultType]::ParameterValue, 'Add a co-managing partner')
            [CompletionResult]::new('remove-manager', 'remove-manager', [CompletionResultType]::ParameterValue, 'Remove a co-managing partner')
            break
        }
        'partnerctl;help;event;create' {
            break
        }
        'partnerctl;help;event;list' {
            break
        }
        'partnerctl;help;event;show' {
            break
        }
        'partnerctl;help;event;update' {
            break
        }
        'partnerctl;help;event;add-manager' {
            break
        }
        'partnerctl;help;event;remove-manager' {
            break
        }
        'partnerctl;help;invite' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send an invite to an event (needs --as)')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Mark an invite viewed (the receiver)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invite: the credited acceptance for this event')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invite')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Set attendance of an accepted invite')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invites')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invite')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Expire the open invites of ended events')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import invites from CSV or JSONL; all or nothing')
            break
        }
        'partnerctl;help;invite;send' {
            break
        }
        'partnerctl;help;invite;view' {
            break
        }
        'partnerctl;help;invite;accept' {
            break
        }
        'partnerctl;help;invite;decline' {
            break
        }
        'partnerctl;help;invite;attendance' {
            break
        }
        'partnerctl;help;invite;list' {
            break
        }
        'partnerctl;help;invite;show' {
            break
        }
        'partnerctl;help;invite;expire' {
            break
        }
        'partnerctl;help;invite;import' {
            break
        }
        'partnerctl;help;metrics' {
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Invite funnel of one event, per inviter principal or issuing user; --drill lists invites')
            [CompletionResult]::new('partner', 'partner', [CompletionResultType]::ParameterValue, 'One row per event the partner manages')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The events whose metrics you may see, busiest first (sent desc, then event id)')
            [CompletionResult]::new('leaderboard', 'leaderboard', [CompletionResultType]::ParameterValue, 'Top inviters (or issuers) by credited acceptances')
            break
        }
        'partnerctl;help;metrics;event' {
            break
        }
        'partnerctl;help;metrics;partner' {
            break
        }
        'partnerctl;help;metrics;events' {
            break
        }
        'partnerctl;help;metrics;leaderboard' {
            break
        }
        'partnerctl;help;plan' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A partner''s limits: allowed, used, remaining, resets_at')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every plan with its overrides and how many partners are on it')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Move a partner to a plan')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Override limits of a plan (VALUE: integer or unlimited)')
            break
        }
        'partnerctl;help;plan;show' {
            break
        }
        'partnerctl;help;plan;list' {
            break
        }
        'partnerctl;help;plan;set' {
            break
        }
        'partnerctl;help;plan;update' {
            break
        }
        'partnerctl;help;access' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Is the actor (--as) allowed PERMISSION on a partner or event, and why? Exit 0 allowed, 4 denied')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Every user who holds PERMISSION on a partner (or on a managing partner of an event), and through what')
            break
        }
        'partnerctl;help;access;check' {
            break
        }
        'partnerctl;help;access;who' {
            break
        }
        'partnerctl;help;whoami' {
            break
        }
        'partnerctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            break
        }
        'partnerctl;help;audit;list' {
            break
        }
        'partnerctl;help;db' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Schema version, file facts and row counts')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations (every command also does this on open)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'PRAGMA integrity_check, every rule of the spec re-verified and every invite counter recounted; exit 8 on problems')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Consistent online copy to a new file DEST (VACUUM INTO), mode 0600')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database (ids, times, invite-code hashes, audit log) into an empty TARGET of either backend, in one transaction')
            break
        }
        'partnerctl;help;db;status' {
            break
        }
        'partnerctl;help;db;migrate' {
            break
        }
        'partnerctl;help;db;check' {
            break
        }
        'partnerctl;help;db;backup' {
            break
        }
        'partnerctl;help;db;copy' {
            break
        }
        'partnerctl;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API token for `serve` (of the --as user, or --for USER); prints its secret once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your tokens (operator and landlords: every token of the tenant)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token; effective on its next request')
            break
        }
        'partnerctl;help;token;create' {
            break
        }
        'partnerctl;help;token;list' {
            break
        }
        'partnerctl;help;token;revoke' {
            break
        }
        'partnerctl;help;serve' {
            break
        }
        'partnerctl;help;completions' {
            break
        }
        'partnerctl;help;man' {
            break
        }
        'partnerctl;help;demo' {
            break
        }
        'partnerctl;help;apply' {
            break
        }
        'partnerctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
