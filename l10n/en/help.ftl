### help

help-placeholder = Placeholder
