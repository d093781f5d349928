<#
.SYNOPSIS
    Fixes Microsoft Teams sign-in error CAA20002 for the current Windows user.

.DESCRIPTION
    What it does, in this order (each action is printed first, and logged):
      {{ACTIONS}}

    It was made by version $PageVersion of the Teams sign-in self-check page for the
    organization in $Organization (help desk: $Helpdesk). Those variables are set right
    below the parameters; they are plain text that is only ever printed, never run. The
    same page version, settings and choices always give the same file, byte for byte.

    Needs no administrator rights. Run it as yourself, not as SYSTEM and not as another
    account: the cache belongs to your user profile.
    {{MODE_NOTE}}

    Backups go to %LOCALAPPDATA%\TeamsSignInFix\TeamsCacheBackup-YYYYMMDD-HHMMSS (your local,
    not roaming, profile); after a successful run only the newest {{KEEP_BACKUPS}} are kept.
    Undo: run it again with -Restore and the backup folder it printed, for example
      powershell -NoProfile -ExecutionPolicy Bypass -File "$env:USERPROFILE\Downloads\Fix-TeamsSignIn.ps1" -Restore "$env:LOCALAPPDATA\TeamsSignInFix\TeamsCacheBackup-YYYYMMDD-HHMMSS"

.PARAMETER Delete
    Delete the cache folders instead of moving them into a backup folder (cannot be
    undone). Custom meeting backgrounds are kept either way.

.PARAMETER Backup
    Move the cache folders into a backup folder (undo with -Restore). {{DEFAULT_MODE}}

.PARAMETER Restore
    Undo: put the cache folders back from this backup folder.

.PARAMETER Yes
    Do not ask for confirmation. (-Confirm:$false means the same, but Windows PowerShell 5.1
    cannot pass it with -File; use -Yes.)

.PARAMETER Help
    Show this help.

.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File "$env:USERPROFILE\Downloads\Fix-TeamsSignIn.ps1" -WhatIf
    Dry run: prints every action and changes nothing.

.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File "$env:USERPROFILE\Downloads\Fix-TeamsSignIn.ps1" -Yes
    Runs without asking (needed when nobody can answer the question).

.NOTES
    Exit codes:
      {{EXIT_CODES}}
    The log file fix-teams-signin.log is in the backup folder. {{LOG_NOTE}}
    File: Fix-TeamsSignIn.ps1
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High', PositionalBinding = $false)]
param(
    [switch]$Delete,
    [switch]$Backup,
    [string]$Restore = '',
    [switch]$Yes,
    [switch]$Help
)

# Constrained Language Mode (an AppLocker or WDAC policy runs unsigned scripts in it): the
# .NET calls below ([System.IO.Path], [Environment], ...) would fail half-way, so stop here,
# before any of them. Only cmdlets and the -f operator are used until then.
if ($ExecutionContext.SessionState.LanguageMode -ne 'FullLanguage') {
    Write-Host ('This script cannot run here: PowerShell runs in {0} mode on this computer (an AppLocker or Windows Defender Application Control policy of your organization).' -f $ExecutionContext.SessionState.LanguageMode)
    Write-Host 'Nothing was changed. Please send this message to your IT department.'
    Write-Host 'For IT: sign this exact file with a code-signing certificate your policy trusts (Set-AuthenticodeSignature), then it runs in Full Language mode.'
    exit 4
}

# A profile may make every small slip fatal (Set-StrictMode -Version Latest,
# $ErrorActionPreference = 'Stop'): this script checks each step itself.
Set-StrictMode -Off
$ErrorActionPreference = 'Continue'

# Text from the page's configuration, and the page's version: plain data, only ever printed.
$Organization = {{ORGANIZATION}}
$Helpdesk = {{HELPDESK}}
$PageVersion = {{PAGE_VERSION}}

$ScriptName = {{SCRIPT_NAME}}
# Seconds Teams gets to close by itself before it is forced.
$GraceSeconds = {{GRACE_SECONDS}}
$DefaultDelete = {{DEFAULT_DELETE}}
# $true = the unattended variant (Intune and other tools): it asks nothing, writes its log to
# %LOCALAPPDATA%\TeamsSignInFix\fix-teams-signin.log too, and its exit code says whether the
# re-test still found problems.
$Unattended = {{UNATTENDED}}
$KeepBackups = {{KEEP_BACKUPS}}
