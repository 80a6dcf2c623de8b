"""Analysis: network metrics, the network check and layouts, as pure functions over plain data."""
