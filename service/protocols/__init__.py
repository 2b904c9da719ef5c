"""Other protocols granska speaks besides its REST API: MCP, OpenAI-compatible chat."""
