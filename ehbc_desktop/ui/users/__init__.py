"""Colleagues and roles (Vault menu): the list, adding, removing, roles, one's own passphrase."""
