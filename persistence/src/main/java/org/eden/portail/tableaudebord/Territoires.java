package org.eden.portail.tableaudebord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The territory of the Elisa tables: the 100 départements that have a Caf (metropolitan France and
 * the four overseas départements with a Caf), the 101 Cafs (the Pyrénées-Atlantiques have two:
 * Béarn et Soule, Pays basque) and the 35 MSA caisses with the départements each covers (the MSA
 * does not pay in the overseas départements). Populations (thousands, rounded) weigh the generator.
 */
public final class Territoires {

    /** One département: code, name, population in thousands, RSA rate relative to the country's. */
    public record Departement(String code, String nom, int populationMilliers, double tauxRsaRelatif) {
    }

    /** One caisse: a Caf (code of three digits) or an MSA caisse (code {@code M} + two digits). */
    public record Caisse(String code, String nom, Regime regime, List<String> departements) {
    }

    // code;name;population (thousands);RSA rate relative to the country (1 = national rate)
    private static final String DEPARTEMENTS = """
            01;Ain;660;0.6
            02;Aisne;530;1.3
            03;Allier;335;1.1
            04;Alpes-de-Haute-Provence;165;1.1
            05;Hautes-Alpes;141;0.7
            06;Alpes-Maritimes;1090;0.7
            07;Ardèche;328;0.9
            08;Ardennes;270;1.3
            09;Ariège;153;1.2
            10;Aube;310;1.2
            11;Aude;375;1.5
            12;Aveyron;280;0.6
            13;Bouches-du-Rhône;2040;1.25
            14;Calvados;695;0.9
            15;Cantal;144;0.6
            16;Charente;352;1.1
            17;Charente-Maritime;650;0.9
            18;Cher;302;1.1
            19;Corrèze;240;0.8
            2A;Corse-du-Sud;160;0.8
            2B;Haute-Corse;180;1.0
            21;Côte-d'Or;535;0.7
            22;Côtes-d'Armor;600;0.7
            23;Creuse;117;1.0
            24;Dordogne;413;1.0
            25;Doubs;545;0.8
            26;Drôme;520;1.0
            27;Eure;600;0.9
            28;Eure-et-Loir;432;0.9
            29;Finistère;915;0.7
            30;Gard;750;1.4
            31;Haute-Garonne;1400;0.9
            32;Gers;191;0.7
            33;Gironde;1620;0.9
            34;Hérault;1180;1.4
            35;Ille-et-Vilaine;1080;0.7
            36;Indre;219;0.9
            37;Indre-et-Loire;610;0.8
            38;Isère;1270;0.7
            39;Jura;260;0.6
            40;Landes;410;0.8
            41;Loir-et-Cher;330;0.8
            42;Loire;765;1.0
            43;Haute-Loire;227;0.6
            44;Loire-Atlantique;1430;0.7
            45;Loiret;680;0.9
            46;Lot;174;0.8
            47;Lot-et-Garonne;332;1.1
            48;Lozère;76;0.5
            49;Maine-et-Loire;820;0.8
            50;Manche;495;0.7
            51;Marne;566;1.0
            52;Haute-Marne;172;1.0
            53;Mayenne;307;0.5
            54;Meurthe-et-Moselle;733;1.0
            55;Meuse;184;1.0
            56;Morbihan;760;0.7
            57;Moselle;1045;0.9
            58;Nièvre;204;1.1
            59;Nord;2610;1.45
            60;Oise;830;1.0
            61;Orne;280;0.9
            62;Pas-de-Calais;1465;1.3
            63;Puy-de-Dôme;662;0.8
            64;Pyrénées-Atlantiques;683;0.7
            65;Hautes-Pyrénées;228;1.0
            66;Pyrénées-Orientales;480;1.6
            67;Bas-Rhin;1140;0.9
            68;Haut-Rhin;765;0.9
            69;Rhône;1860;0.9
            70;Haute-Saône;235;0.9
            71;Saône-et-Loire;550;0.8
            72;Sarthe;566;0.9
            73;Savoie;436;0.5
            74;Haute-Savoie;830;0.4
            75;Paris;2165;0.8
            76;Seine-Maritime;1255;1.1
            77;Seine-et-Marne;1420;0.8
            78;Yvelines;1450;0.5
            79;Deux-Sèvres;375;0.7
            80;Somme;570;1.2
            81;Tarn;390;1.0
            82;Tarn-et-Garonne;260;1.0
            83;Var;1075;1.0
            84;Vaucluse;560;1.3
            85;Vendée;685;0.5
            86;Vienne;438;0.9
            87;Haute-Vienne;372;1.0
            88;Vosges;364;1.0
            89;Yonne;335;1.0
            90;Territoire de Belfort;142;1.1
            91;Essonne;1300;0.8
            92;Hauts-de-Seine;1625;0.55
            93;Seine-Saint-Denis;1645;1.9
            94;Val-de-Marne;1400;1.0
            95;Val-d'Oise;1250;1.1
            971;Guadeloupe;385;3.5
            972;Martinique;360;3.2
            973;Guyane;285;3.3
            974;La Réunion;860;4.0
            """;

    // code;name;départements covered
    private static final String CAISSES_MSA = """
            M01;MSA Ain-Rhône;01,69
            M02;MSA Alpes du Nord;38,73,74
            M03;MSA Alpes-Vaucluse;04,05,84
            M04;MSA d'Alsace;67,68
            M05;MSA Ardèche Drôme Loire;07,26,42
            M06;MSA d'Armorique;22,29
            M07;MSA Auvergne;03,15,43,63
            M08;MSA Beauce Cœur de Loire;28,41,45
            M09;MSA Berry-Touraine;18,36,37
            M10;MSA de Bourgogne;21,58,71,89
            M11;MSA des Charentes;16,17
            M12;MSA de la Corse;2A,2B
            M13;MSA Côtes Normandes;14,50
            M14;MSA Dordogne, Lot-et-Garonne;24,47
            M15;MSA de Franche-Comté;25,39,70,90
            M16;MSA de la Gironde;33
            M17;MSA Grand Sud;11,66
            M18;MSA Haute-Normandie;27,76
            M19;MSA Île-de-France;75,77,78,91,92,93,94,95
            M20;MSA du Languedoc;30,34,48
            M21;MSA du Limousin;19,23,87
            M22;MSA Loire-Atlantique Vendée;44,85
            M23;MSA de Lorraine;54,57,88
            M24;MSA Maine-et-Loire;49
            M25;MSA Marne Ardennes Meuse;08,51,55
            M26;MSA Mayenne Orne Sarthe;53,61,72
            M27;MSA Midi-Pyrénées Nord;12,46,81,82
            M28;MSA Midi-Pyrénées Sud;09,31,32,65
            M29;MSA Nord-Pas de Calais;59,62
            M30;MSA de Picardie;02,60,80
            M31;MSA Portes de Bretagne;35,56
            M32;MSA Provence-Azur;06,13,83
            M33;MSA Sèvres-Vienne;79,86
            M34;MSA Sud Aquitaine;40,64
            M35;MSA Sud Champagne;10,52
            """;

    private static final List<Departement> LES_DEPARTEMENTS;
    private static final Map<String, Departement> PAR_CODE = new LinkedHashMap<>();
    private static final List<Caisse> LES_CAFS;
    private static final List<Caisse> LES_CAISSES_MSA;
    // Looked up for every row of a table (a hundred per caisse-level table): by code, not by a scan.
    private static final Map<Regime, Map<String, Caisse>> CAISSE_PAR_CODE = new EnumMap<>(Regime.class);
    private static final Map<Regime, List<String>> DEPARTEMENTS_DU_REGIME = new EnumMap<>(Regime.class);

    static {
        List<Departement> departements = new ArrayList<>();
        DEPARTEMENTS.lines().map(l -> l.split(";")).forEach(c -> departements.add(
                new Departement(c[0], c[1], Integer.parseInt(c[2]), Double.parseDouble(c[3]))));
        LES_DEPARTEMENTS = List.copyOf(departements);
        LES_DEPARTEMENTS.forEach(d -> PAR_CODE.put(d.code(), d));
        List<Caisse> cafs = new ArrayList<>();
        for (Departement d : LES_DEPARTEMENTS) {
            if (d.code().equals("64")) {
                cafs.add(new Caisse("641", "Caf du Béarn et de la Soule", Regime.CNAF, List.of("64")));
                cafs.add(new Caisse("642", "Caf du Pays basque", Regime.CNAF, List.of("64")));
            } else {
                cafs.add(new Caisse(codeCaf(d.code()), "Caf – " + d.nom(), Regime.CNAF, List.of(d.code())));
            }
        }
        LES_CAFS = List.copyOf(cafs);
        List<Caisse> msa = new ArrayList<>();
        CAISSES_MSA.lines().map(l -> l.split(";")).forEach(c -> msa.add(
                new Caisse(c[0], c[1], Regime.MSA, List.of(c[2].split(",")))));
        LES_CAISSES_MSA = List.copyOf(msa);
        for (Regime regime : Regime.values()) {
            Map<String, Caisse> parCode = new LinkedHashMap<>();
            caisses(regime).forEach(c -> parCode.put(c.code(), c));
            CAISSE_PAR_CODE.put(regime, Collections.unmodifiableMap(parCode));
        }
        DEPARTEMENTS_DU_REGIME.put(Regime.CNAF, LES_DEPARTEMENTS.stream().map(Departement::code).toList());
        DEPARTEMENTS_DU_REGIME.put(Regime.MSA, LES_CAISSES_MSA.stream().flatMap(c -> c.departements().stream()).sorted().toList());
    }

    private Territoires() {
    }

    /** The Caf's code as the portal writes it: the département's number and 1 (Corsica: 201, 202). */
    static String codeCaf(String departement) {
        return switch (departement) {
            case "2A" -> "201";
            case "2B" -> "202";
            default -> departement.length() == 3 ? departement : departement + "1";
        };
    }

    public static List<Departement> departements() {
        return LES_DEPARTEMENTS;
    }

    public static Optional<Departement> departement(String code) {
        return Optional.ofNullable(PAR_CODE.get(code));
    }

    /** The caisses of a régime: the 101 Cafs, or the 35 MSA caisses. */
    public static List<Caisse> caisses(Regime regime) {
        return regime == Regime.CNAF ? LES_CAFS : LES_CAISSES_MSA;
    }

    public static Optional<Caisse> caisse(Regime regime, String code) {
        return Optional.ofNullable(CAISSE_PAR_CODE.get(regime).get(code));
    }

    /** The MSA caisse that covers a département (none overseas). */
    public static Optional<Caisse> caisseMsaDu(String departement) {
        return LES_CAISSES_MSA.stream().filter(c -> c.departements().contains(departement)).findFirst();
    }

    /** The départements of a régime's tables: all for the Cafs, those the MSA covers for the MSA. */
    public static List<String> departementsDu(Regime regime) {
        return DEPARTEMENTS_DU_REGIME.get(regime);
    }

    /**
     * The département of a postcode (R-TDB-4: a conseil départemental sees his own): its first two
     * digits, three overseas, Corsica's 20 split at 20200.
     */
    public static Optional<String> departementDuCodePostal(String codePostal) {
        if (codePostal == null || !codePostal.strip().matches("\\d{5}")) {
            return Optional.empty();
        }
        String cp = codePostal.strip();
        String code = cp.startsWith("97") ? cp.substring(0, 3)
                : cp.startsWith("20") ? (Integer.parseInt(cp) < 20200 ? "2A" : "2B")
                : cp.substring(0, 2);
        return departement(code).map(Departement::code);
    }

    /** The name of a row of a table: a caisse's, a département's, or « France entière ». */
    public static String libelle(Niveau niveau, Regime regime, String code) {
        return switch (niveau) {
            case NATIONAL -> "France entière";
            case DEPARTEMENT -> departement(code).map(d -> d.code() + " – " + d.nom()).orElse(code);
            case CAISSE -> caisse(regime, code).map(Caisse::nom).orElse(code);
        };
    }

    static List<Caisse> toutesLesCaisses() {
        List<Caisse> toutes = new ArrayList<>(LES_CAFS);
        toutes.addAll(LES_CAISSES_MSA);
        return Collections.unmodifiableList(toutes);
    }
}
