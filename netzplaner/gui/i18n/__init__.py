"""Translation sources (.ts). ``python -m netzplaner.gui.i18n.build`` updates them and rebuilds resources_rc."""
