package dev.lectern.render.math;

import java.util.HashMap;
import java.util.Map;

/**
 * The table of commands that stand for a single symbol: name, Unicode form, ASCII form, class.
 * Commands that take arguments ({@code \frac}, {@code \sqrt}, …) are handled by the parser.
 */
final class Symbols {
    private static final Map<String, MathNode.Symbol> COMMANDS = new HashMap<>();

    // name unicode ascii (one entry per line; "␣" in the ASCII column stands for a space)
    private static final String GREEK = """
            alpha α alpha
            beta β beta
            gamma γ gamma
            delta δ delta
            epsilon ϵ epsilon
            varepsilon ε epsilon
            zeta ζ zeta
            eta η eta
            theta θ theta
            vartheta ϑ theta
            iota ι iota
            kappa κ kappa
            lambda λ lambda
            mu μ mu
            nu ν nu
            xi ξ xi
            omicron ο o
            pi π pi
            varpi ϖ pi
            rho ρ rho
            varrho ϱ rho
            sigma σ sigma
            varsigma ς sigma
            tau τ tau
            upsilon υ upsilon
            phi ϕ phi
            varphi φ phi
            chi χ chi
            psi ψ psi
            omega ω omega
            Gamma Γ Gamma
            Delta Δ Delta
            Theta Θ Theta
            Lambda Λ Lambda
            Xi Ξ Xi
            Pi Π Pi
            Sigma Σ Sigma
            Upsilon Υ Upsilon
            Phi Φ Phi
            Psi Ψ Psi
            Omega Ω Omega
            """;

    private static final String ORDINARY = """
            infty ∞ inf
            partial ∂ d
            nabla ∇ nabla
            forall ∀ forall
            exists ∃ exists
            nexists ∄ not␣exists
            emptyset ∅ {}
            varnothing ∅ {}
            ell ℓ l
            hbar ℏ hbar
            imath ı i
            jmath ȷ j
            Re ℜ Re
            Im ℑ Im
            aleph ℵ aleph
            top ⊤ T
            bot ⊥ _|_
            prime ′ '
            ldots … ...
            dots … ...
            dotsc … ...
            dotsb ⋯ ...
            cdots ⋯ ...
            vdots ⋮ :
            ddots ⋱ ...
            neg ¬ ~
            lnot ¬ ~
            angle ∠ angle
            dagger † +
            ddagger ‡ ++
            star ⋆ *
            checkmark ✓ v
            triangle △ triangle
            square □ []
            Box □ []
            vert | |
            Vert ‖ ||
            | ‖ ||
            % % %
            $ $ $
            & & &
            # # #
            _ _ _
            backslash \\ \\
            """;

    private static final String BINARY = """
            cdot · *
            times × x
            div ÷ /
            pm ± +-
            mp ∓ -+
            circ ∘ o
            bullet • *
            ast ∗ *
            odot ⊙ (.)
            otimes ⊗ (x)
            oplus ⊕ (+)
            ominus ⊖ (-)
            cup ∪ union
            cap ∩ intersect
            setminus ∖ \\
            wedge ∧ and
            land ∧ and
            vee ∨ or
            lor ∨ or
            """;

    private static final String RELATION = """
            le ≤ <=
            leq ≤ <=
            leqslant ≤ <=
            ge ≥ >=
            geq ≥ >=
            geqslant ≥ >=
            ne ≠ !=
            neq ≠ !=
            approx ≈ ~=
            equiv ≡ ==
            propto ∝ ~
            sim ∼ ~
            simeq ≃ ~=
            cong ≅ ~=
            doteq ≐ =
            triangleq ≜ :=
            coloneqq ≔ :=
            in ∈ in
            notin ∉ not␣in
            ni ∋ contains
            subset ⊂ subset
            subseteq ⊆ subseteq
            supset ⊃ supset
            supseteq ⊇ supseteq
            to → ->
            rightarrow → ->
            longrightarrow ⟶ -->
            leftarrow ← <-
            longleftarrow ⟵ <--
            gets ← <-
            leftrightarrow ↔ <->
            Rightarrow ⇒ =>
            Longrightarrow ⟹ ==>
            implies ⟹ ==>
            Leftarrow ⇐ <=
            Leftrightarrow ⇔ <=>
            iff ⟺ <=>
            mapsto ↦ |->
            uparrow ↑ ^
            downarrow ↓ v
            ll ≪ <<
            gg ≫ >>
            mid ∣ |
            parallel ∥ ||
            perp ⟂ _|_
            models ⊨ |=
            vdash ⊢ |-
            prec ≺ <
            succ ≻ >
            preceq ⪯ <=
            succeq ⪰ >=
            """;

    private static final String OPEN = """
            langle ⟨ <
            lfloor ⌊ |_
            lceil ⌈ |^
            lbrace { {
            { { {
            lvert | |
            lVert ‖ ||
            """;

    private static final String CLOSE = """
            rangle ⟩ >
            rfloor ⌋ _|
            rceil ⌉ ^|
            rbrace } }
            } } }
            rvert | |
            rVert ‖ ||
            """;

    private static final String PUNCTUATION = """
            colon : :
            """;

    private static final String NAMED_FUNCTIONS =
            "sin cos tan cot sec csc arcsin arccos arctan sinh cosh tanh coth log ln lg exp arg dim ker deg hom";

    private static final String LIMIT_FUNCTIONS = "lim max min sup inf argmax argmin det Pr gcd";

    private static final String BIG_OPERATORS = """
            sum ∑ sum
            prod ∏ prod
            coprod ∐ coprod
            int ∫ int
            iint ∬ iint
            iiint ∭ iiint
            oint ∮ oint
            bigcup ⋃ Union
            bigcap ⋂ Intersect
            bigoplus ⨁ (+)
            bigotimes ⨂ (x)
            bigvee ⋁ OR
            bigwedge ⋀ AND
            """;

    static {
        load(GREEK, AtomClass.ORDINARY);
        load(ORDINARY, AtomClass.ORDINARY);
        load(BINARY, AtomClass.BINARY);
        load(RELATION, AtomClass.RELATION);
        load(OPEN, AtomClass.OPEN);
        load(CLOSE, AtomClass.CLOSE);
        load(PUNCTUATION, AtomClass.PUNCTUATION);
        load(BIG_OPERATORS, AtomClass.LARGE);
        for (String name : NAMED_FUNCTIONS.split(" ")) {
            COMMANDS.put(name, new MathNode.Symbol(name, name, AtomClass.OPERATOR));
        }
        for (String name : LIMIT_FUNCTIONS.split(" ")) {
            String word = name.startsWith("arg") ? "arg " + name.substring(3) : name;
            COMMANDS.put(name, new MathNode.Symbol(word, word, AtomClass.LARGE));
        }
        COMMANDS.put("liminf", new MathNode.Symbol("lim inf", "lim inf", AtomClass.LARGE));
        COMMANDS.put("limsup", new MathNode.Symbol("lim sup", "lim sup", AtomClass.LARGE));
    }

    private Symbols() {
    }

    /** The symbol a command stands for, or null when it is not a plain symbol. */
    static MathNode.Symbol command(String name) {
        return COMMANDS.get(name);
    }

    /** The symbol for a character typed directly in the formula. */
    static MathNode.Symbol character(String c) {
        return switch (c) {
            case "+" -> new MathNode.Symbol("+", "+", AtomClass.BINARY);
            case "-", "−" -> new MathNode.Symbol("−", "-", AtomClass.BINARY);
            case "*" -> new MathNode.Symbol("*", "*", AtomClass.BINARY);
            case "=", "<", ">", ":" -> new MathNode.Symbol(c, c, AtomClass.RELATION);
            case "," , ";" -> new MathNode.Symbol(c, c, AtomClass.PUNCTUATION);
            case "(", "[" -> new MathNode.Symbol(c, c, AtomClass.OPEN);
            case ")", "]" -> new MathNode.Symbol(c, c, AtomClass.CLOSE);
            case "'" -> new MathNode.Symbol("′", "'", AtomClass.ORDINARY);
            case "~" -> new MathNode.Symbol(" ", " ", AtomClass.ORDINARY);
            default -> MathNode.Symbol.ordinary(c);
        };
    }

    private static void load(String table, AtomClass atom) {
        for (String line : table.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length != 3) continue;
            String ascii = parts[2].replace("␣", " ");
            COMMANDS.put(parts[0], new MathNode.Symbol(parts[1], ascii, atom));
        }
    }
}
