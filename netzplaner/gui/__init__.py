"""The desktop application (PySide6). Views listen to the DocumentController; they never talk to the store."""
