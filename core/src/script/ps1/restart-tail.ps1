        } else {
            Write-Log 'Could not find Teams to start: open it from the Start menu.'
            Add-Summary 'Teams not started (open it yourself)'
            return
        }
        Write-Log 'Teams is starting. Sign in again.'
        Add-Summary 'Teams started'
    } catch {
        Write-Log ('Could not start Teams ({0}): open it from the Start menu.' -f $_.Exception.Message)
        Add-Summary 'Teams not started (open it yourself)'
    }
}
