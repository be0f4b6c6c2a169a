greeting = "héllo wörld 你好 🎉🎉"
names = [
    "José",
    "東京",  # 🗼 the tower
    "Zoë 👩‍💻"
]
pair = ("ü", "🎉",)
