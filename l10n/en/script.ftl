### script

script-placeholder = Placeholder
