"""One module per tab of the UI: Fråga, Tidslinje, Källor."""
