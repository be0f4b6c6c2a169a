A = "héllo wörld"
B = "你好, 世界"
C = "🎉 it's a party 👩‍💻"
D = f"{'ü'} and 🎉"
