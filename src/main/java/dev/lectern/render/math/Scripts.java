package dev.lectern.render.math;

import java.util.HashMap;
import java.util.Map;

/**
 * Unicode superscript and subscript characters. A script is written in them only when every
 * character has a form; otherwise the caller falls back to {@code ^(…)} or {@code _{…}}.
 */
final class Scripts {
    private static final Map<Integer, String> SUPERSCRIPT = table(
            "0⁰ 1¹ 2² 3³ 4⁴ 5⁵ 6⁶ 7⁷ 8⁸ 9⁹ +⁺ -⁻ −⁻ =⁼ (⁽ )⁾ "
            + "aᵃ bᵇ cᶜ dᵈ eᵉ fᶠ gᵍ hʰ iⁱ jʲ kᵏ lˡ mᵐ nⁿ oᵒ pᵖ rʳ sˢ tᵗ uᵘ vᵛ wʷ xˣ yʸ zᶻ "
            + "Aᴬ Bᴮ Dᴰ Eᴱ Gᴳ Hᴴ Iᴵ Jᴶ Kᴷ Lᴸ Mᴹ Nᴺ Oᴼ Pᴾ Rᴿ Tᵀ Uᵁ Vⱽ Wᵂ "
            + "αᵅ βᵝ γᵞ δᵟ εᵋ θᶿ ιᶥ φᵠ ϕᵠ χᵡ ⊤ᵀ ′′ ″″ ‴‴ ∗* **");
    private static final Map<Integer, String> SUBSCRIPT = table(
            "0₀ 1₁ 2₂ 3₃ 4₄ 5₅ 6₆ 7₇ 8₈ 9₉ +₊ -₋ −₋ =₌ (₍ )₎ "
            + "aₐ eₑ hₕ iᵢ jⱼ kₖ lₗ mₘ nₙ oₒ pₚ rᵣ sₛ tₜ uᵤ vᵥ xₓ "
            + "βᵦ γᵧ ρᵨ φᵩ ϕᵩ χᵪ");

    private Scripts() {
    }

    /** The text in superscript characters, or null when some character has none. */
    static String superscript(String text) {
        return convert(text, SUPERSCRIPT);
    }

    /** The text in subscript characters, or null when some character has none. */
    static String subscript(String text) {
        return convert(text, SUBSCRIPT);
    }

    private static String convert(String text, Map<Integer, String> table) {
        if (text.isEmpty()) return null;
        StringBuilder out = new StringBuilder();
        for (int c : text.codePoints().toArray()) {
            String mapped = table.get(c);
            if (mapped == null) return null;
            out.append(mapped);
        }
        return out.toString();
    }

    private static Map<Integer, String> table(String pairs) {
        Map<Integer, String> table = new HashMap<>();
        for (String pair : pairs.trim().split(" +")) {
            int from = pair.codePointAt(0);
            table.put(from, pair.substring(Character.charCount(from)));
        }
        return table;
    }
}
