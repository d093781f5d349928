### for-it

for-it-placeholder = Placeholder
