"""Translation sources (.ts). ``python -m netzplaner.gui.translations.build`` updates them and rebuilds resources_rc."""
