package org.eden.portail.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail template read from the classpath, with {@code {{nom}}} placeholders. Filling it fails
 * when a placeholder has no value, so a mail never leaves with a "{{motDePasse}}" in it; values
 * are inserted once (a value that looks like a placeholder stays as it is) and, in HTML, escaped.
 */
public final class Gabarit {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([A-Za-z]+)}}");

    private final String nom;
    private final String modele;

    private Gabarit(String nom, String modele) {
        this.nom = nom;
        this.modele = modele;
    }

    /** The UTF-8 resource {@code chemin}, relative to the classpath root (e.g. "org/eden/.../x.txt"). */
    public static Gabarit charger(String chemin) {
        try (InputStream in = Gabarit.class.getClassLoader().getResourceAsStream(chemin)) {
            if (in == null) {
                throw new IllegalArgumentException("Gabarit introuvable : " + chemin);
            }
            return new Gabarit(chemin, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String texte(Map<String, String> valeurs) {
        return remplir(valeurs, false, null);
    }

    public String html(Map<String, String> valeurs) {
        return remplir(valeurs, true, null);
    }

    /** Like {@link #html(Map)}, but the value of {@code dejaHtml} (a filled HTML template) goes in as it is. */
    public String html(Map<String, String> valeurs, String dejaHtml) {
        return remplir(valeurs, true, dejaHtml);
    }

    private String remplir(Map<String, String> valeurs, boolean enHtml, String dejaHtml) {
        Matcher m = VARIABLE.matcher(modele);
        StringBuilder resultat = new StringBuilder();
        while (m.find()) {
            String variable = m.group(1);
            String valeur = valeur(valeurs, variable);
            boolean echapper = enHtml && !variable.equals(dejaHtml);
            m.appendReplacement(resultat, Matcher.quoteReplacement(echapper ? echapperHtml(valeur) : valeur));
        }
        return m.appendTail(resultat).toString();
    }

    private String valeur(Map<String, String> valeurs, String variable) {
        String valeur = valeurs.get(variable);
        if (valeur == null) {
            throw new IllegalArgumentException("Gabarit " + nom + " : aucune valeur pour {{" + variable + "}}");
        }
        return valeur;
    }

    public static String echapperHtml(String valeur) {
        StringBuilder sortie = new StringBuilder(valeur.length() + 16);
        for (char c : valeur.toCharArray()) {
            switch (c) {
                case '&' -> sortie.append("&amp;");
                case '<' -> sortie.append("&lt;");
                case '>' -> sortie.append("&gt;");
                case '"' -> sortie.append("&quot;");
                case '\'' -> sortie.append("&#39;");
                default -> sortie.append(c);
            }
        }
        return sortie.toString();
    }
}
