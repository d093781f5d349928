### fallback

fallback-placeholder = Placeholder
