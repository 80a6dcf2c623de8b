"""States of the network ("Stände", issue 12): the menu, the tool bar button, the manager dialog."""
