"""Reading the corpus folder: the manifest and the documents it lists."""
