"""The window on a team network (issue 14): connecting, live refresh, conflicts on edit, a row's history."""
