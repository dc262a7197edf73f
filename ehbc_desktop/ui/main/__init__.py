"""The main window, its menus, the workspace and the idle lock."""
