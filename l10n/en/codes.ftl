### codes

codes-placeholder = Placeholder
