"""Edit dialogs (member, institution, class)."""
