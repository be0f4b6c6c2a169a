class BakomaFonts:
    def _get_glyph(self, fontname, font_class, sym):
        # Override prime symbol to use Bakoma.
        if sym == r"\prime":
            return self.bakoma._get_glyph(fontname, font_class, sym)
        else:
            return self.regular._get_glyph(fontname, font_class, sym)
