"""One router module per resource; ``app.create_app`` includes them in this order."""
