A = "it's"
B = "a 'quoted' word"
C = "\\'backslash then quote"
