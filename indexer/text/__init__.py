"""Swedish text helpers shared by the indexer and the service: compounds, glossary."""
