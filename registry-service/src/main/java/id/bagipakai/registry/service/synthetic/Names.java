package id.bagipakai.registry.service.synthetic;

/**
 * Small built-in pools of Indonesian names by naming tradition. Not statistics: enough variety
 * (tens of given names and, where the tradition has them, tens of family names per pool) that
 * synthetic people look plausible and duplicate detection has realistic near-misses to chew on.
 */
final class Names {

    private Names() {
    }

    /** A naming tradition. {@code surnames} non-null means children carry the father's family name. */
    enum Culture {
        ACEH(false, false,
                a("Muhammad", "Zulkifli", "Fauzan", "Rizal", "Iskandar", "Mukhtar", "Hasballah", "Azhari", "Saifullah",
                        "Mahdi", "Zainal", "Ridwan", "Ismail", "Nasruddin", "Murdani", "Khairul", "Muslim", "Safrizal",
                        "Maimun", "Bustami", "Razali", "Munawar", "Jafar", "Syukri"),
                a("Nurhayati", "Fatimah", "Rahmah", "Khairunnisa", "Salmiah", "Nurul Huda", "Maulidar", "Ernawati",
                        "Rosmiati", "Nurjannah", "Yusniar", "Nurmala", "Hafsah", "Asmaul Husna", "Mardiah", "Zahara",
                        "Rauzah", "Safriana", "Cut Rahmi", "Nurbaiti", "Ainsyah", "Darmawati"),
                FATHER_NAMES, FATHER_NAMES, null),
        BATAK(true, true,
                a("Tigor", "Parlindungan", "Hotman", "Sahat", "Bonar", "Togar", "Marojahan", "Jonner", "Binsar", "Poltak",
                        "Horas", "Maruli", "Doli", "Sabar", "Paian", "Halomoan", "Martua", "Pardamean", "Tongam", "Robert",
                        "Jansen", "Rudolf", "Amran", "Syahrul"),
                a("Rosmawati", "Rumondang", "Tiurma", "Sondang", "Lasmaria", "Nurmaida", "Rosdiana", "Tiomsi", "Hotnida",
                        "Marlina", "Rotua", "Dormauli", "Nurhalimah", "Ribka", "Hotmaida", "Erna", "Rosliana", "Masniari",
                        "Pinta", "Tetty", "Mawar", "Friska"),
                null, null,
                a("Siregar", "Nasution", "Simanjuntak", "Sitompul", "Hutapea", "Panjaitan", "Sinaga", "Simatupang",
                        "Harahap", "Lubis", "Tampubolon", "Situmorang", "Pardede", "Manurung", "Sihombing", "Silalahi",
                        "Pasaribu", "Hutagalung", "Sitorus", "Napitupulu", "Damanik", "Purba", "Saragih", "Ginting",
                        "Sembiring", "Tarigan", "Sibarani", "Marpaung", "Gultom", "Hasibuan", "Simbolon", "Aritonang")),
        MINANG(false, false,
                a("Syafrizal", "Yusrizal", "Hendra", "Andri", "Erizal", "Zulfahmi", "Syamsul", "Afrizal", "Rusdi",
                        "Darmansyah", "Novrizal", "Firdaus", "Masrul", "Elfindri", "Herman", "Jasman", "Rinaldi", "Alfian",
                        "Syahrial", "Defri", "Zulkarnaini", "Yuswardi"),
                a("Yusnimar", "Rosnidar", "Nurhasni", "Desmawati", "Yenni", "Erlinda", "Rosmaini", "Fitri", "Nurbaiti",
                        "Yuliarni", "Asnidar", "Elvira", "Sri Yulianti", "Rahmi", "Yelfi", "Mardiani", "Zuraida", "Nelly",
                        "Warni", "Yusmaneli"),
                a("Chaniago", "Piliang", "Koto", "Sikumbang", "Tanjung", "Caniago", "Jambak", "Guci", "Malay", "Pisang",
                        "Syahputra", "Efendi", "Yunus", "Rasyid"),
                a("Chaniago", "Piliang", "Koto", "Tanjung", "Sikumbang", "Jambak", "Rahmawati", "Yusra"), null),
        MALAY(false, false,
                a("Ahmad", "Abdul Rahman", "Zulkarnain", "Hamdan", "Syahrul", "Rusli", "Azman", "Amran", "Effendi",
                        "Syamsudin", "Darwis", "Khairudin", "Mahmud", "Sulaiman", "Jamaludin", "Rosli", "Harun", "Mansur",
                        "Zainudin", "Tarmizi", "Rahmat", "Kamaruddin", "Yusri"),
                a("Siti Hajar", "Rohani", "Zubaidah", "Norma", "Rosmah", "Halimah", "Aminah", "Salmah", "Maimunah",
                        "Zaleha", "Rosnah", "Faridah", "Juliana", "Nurlela", "Hasnah", "Latifah", "Rukiah", "Masitah",
                        "Rosidah", "Zuraidah"),
                FATHER_NAMES, FATHER_NAMES, null),
        JAVANESE(false, false,
                a("Sutrisno", "Bambang", "Slamet", "Joko", "Budi", "Agus", "Wahyudi", "Supriyadi", "Sugeng", "Eko",
                        "Hadi", "Mulyono", "Purwanto", "Suparman", "Prasetyo", "Sutarno", "Sukirno", "Parjo", "Tukiman",
                        "Heru", "Bagus", "Gunawan", "Hartono", "Sumarno", "Darmaji", "Wagiman", "Sarno", "Kasiman",
                        "Teguh", "Suyatno", "Widodo", "Priyo"),
                a("Sri Wahyuni", "Siti Aminah", "Endang", "Suparmi", "Sulastri", "Dewi", "Tri Rahayu", "Sumiati", "Lestari",
                        "Ratna", "Ningsih", "Kartini", "Puji Astuti", "Suharti", "Sarinah", "Tumini", "Sukarni", "Wartini",
                        "Sutinah", "Rini", "Murni", "Yuliani", "Partini", "Mujiati", "Sumarsih", "Ngatini", "Wiwik"),
                a("Santoso", "Susilo", "Setiawan", "Hartono", "Wibisono", "Utomo", "Nugroho", "Wibowo", "Pranoto",
                        "Raharjo", "Purnomo", "Saputro", "Prabowo", "Kuncoro", "Haryanto", "Sulistyo", "Riyanto"),
                a("Handayani", "Rahayu", "Lestari", "Wulandari", "Astuti", "Setyowati", "Purwaningsih", "Sulistyowati",
                        "Susanti", "Wahyuningsih", "Mulyani", "Hastuti"),
                null),
        SUNDANESE(false, false,
                a("Asep", "Ujang", "Dadang", "Cecep", "Deden", "Ade", "Yayan", "Wawan", "Iwan", "Dede", "Aep", "Engkos",
                        "Jajang", "Odang", "Didin", "Maman", "Mamat", "Rahmat", "Tatang", "Ihsan", "Dadan", "Encep", "Usep",
                        "Ocid", "Jujun"),
                a("Euis", "Neneng", "Iis", "Imas", "Enung", "Cucu", "Yuyun", "Nining", "Titin", "Popon", "Lilis", "Eneng",
                        "Entin", "Ai", "Ela", "Yati", "Cicih", "Nani", "Tati", "Kokom", "Dedeh", "Eti", "Onih", "Elis"),
                a("Sunarya", "Hidayat", "Permana", "Kurniawan", "Suryana", "Gunawan", "Ruhimat", "Sopian", "Supriatna",
                        "Mulyana", "Sutisna", "Kusnadi", "Setiadi", "Hermawan", "Nurjaman", "Saepudin", "Suhendar"),
                a("Sumiati", "Rosita", "Nurhasanah", "Komalasari", "Kurniasih", "Nurlaela", "Rostika", "Marlina",
                        "Sukaesih", "Hayati", "Rohayati", "Sumarni"),
                null),
        MADURESE(false, false,
                a("Moh. Hasan", "Abd. Rahman", "Fathorrahman", "Mat Sholeh", "Marsuki", "Sahrawi", "Subairi", "Mashudi",
                        "Jumali", "Hosnan", "Sukri", "Rasuli", "Holil", "Musleh", "Badrus", "Moh. Toyyib", "Sahlan"),
                a("Sitti Aminah", "Holifah", "Sumarni", "Maryam", "Hamidah", "Nurhayati", "Halimah", "Sittiyah",
                        "Rukayyah", "Hosniyah", "Juhairiyah", "Maimuna", "Sunaryah", "Fatimatus Zahro"),
                FATHER_NAMES, FATHER_NAMES, null),
        BETAWI(false, false,
                a("Mamat", "Rojali", "Sabeni", "Mursid", "Jaelani", "Ridwan", "Saipul", "Oji", "Rohmat", "Udin", "Madih",
                        "Jamal", "Nasir", "Rusdi", "Ali", "Haris"),
                a("Rohaye", "Munaroh", "Jaenab", "Saodah", "Rodiah", "Sarmini", "Romlah", "Mimin", "Nur Asiah", "Rukmini",
                        "Atikah", "Mardiyah", "Salamah"),
                FATHER_NAMES, FATHER_NAMES, null),
        BALINESE(true, false,
                a("Sudarsana", "Suardana", "Artawan", "Mahendra", "Sutama", "Wirawan", "Arsana", "Suarjana", "Kariasa",
                        "Suastika", "Darmawan", "Sukadana", "Widiana", "Astawa", "Budiarta", "Sujana", "Parwata", "Sudiarta"),
                a("Ayu Lestari", "Sukerti", "Suartini", "Widiastuti", "Sumerti", "Ariani", "Kartini", "Suciani",
                        "Budiasih", "Sudiartini", "Dewi Antari", "Wiryani", "Sukarmi", "Puspawati", "Sriasih", "Mertayani"),
                null, null, null),
        SASAK(false, false,
                a("Sahnan", "Munawir", "Sapri", "Mahsun", "Jumahir", "Sahrul", "Hasanudin", "Zainul", "Mustiadi",
                        "Abdul Majid", "Ramli", "Sahdan", "Ikhsan", "Sukardi", "Suhaimi", "Mahrup", "Junaidi"),
                a("Sumiati", "Marniati", "Sapinah", "Nurhidayah", "Sumarni", "Rohani", "Saenah", "Mahnah", "Rukmini",
                        "Ernawati", "Husnul Hotimah", "Rabiah", "Hayatun"),
                FATHER_NAMES, FATHER_NAMES, null),
        NTT(true, true,
                a("Yohanes", "Fransiskus", "Yosef", "Agustinus", "Petrus", "Paulus", "Kornelis", "Yakobus", "Aloysius",
                        "Stefanus", "Dominikus", "Marthen", "Daniel", "Simon", "Benediktus", "Hendrik", "Yeremias", "Isak",
                        "Umbu", "Yoakim"),
                a("Maria", "Agustina", "Yuliana", "Theresia", "Margaretha", "Anastasia", "Fransiska", "Katarina",
                        "Yosefina", "Serlina", "Oktavina", "Rambu", "Dorothea", "Veronika", "Agnes", "Elisabeth", "Imelda"),
                null, null,
                a("Ndun", "Bria", "Nalle", "Lado", "Pello", "Manafe", "Benu", "Tefa", "Seran", "Nahak", "Bere", "Lewar",
                        "Kelen", "Tukan", "Nggadas", "Kaka", "Ratu", "Dethan", "Fanggidae", "Sinlae", "Tallo", "Mbulu",
                        "Wula", "Djawa", "Lay", "Nope", "Taneo", "Kolo")),
        BUGIS(false, false,
                a("Muhammad", "Syamsuddin", "Baharuddin", "Nurdin", "Hasanuddin", "Arifin", "Basri", "Ilham", "Syahrir",
                        "Muliadi", "Hamzah", "Amiruddin", "Jufri", "Kamaruddin", "Nasrullah", "Darwis", "Sudirman", "Anwar",
                        "Sabir", "Lahamuddin", "Mansyur", "Ambo Tuwo", "Baso"),
                a("Nurhayati", "Hasnah", "Rosmini", "Sitti Rahmah", "Nurlela", "Hasmawati", "Jumriah", "Hasniati",
                        "Nurhaedah", "Rahmawati", "Sitti Aisyah", "Hamsiah", "Marhumah", "Sunarti", "Kasmawati",
                        "Darmawati", "Nurbaya", "Becce"),
                a("Hamid", "Tahir", "Rahim", "Saleh", "Daeng Tata", "Daeng Nai", "Daeng Sikki", "Lallo", "Patta", "Karim"),
                a("Hamid", "Tahir", "Rahim", "Saleh", "Daeng Bau", "Daeng Ngai", "Daeng Kanang"), null),
        SULAWESI(false, false,
                a("Rahman", "Hamid", "Ismail", "Hasan", "Yusuf", "Idrus", "Rustam", "Amir", "Ruslan", "Sahrun", "Rahmat",
                        "Abdul Gani", "Lukman", "Fadli", "Karim", "Jusuf", "Arsyad", "Irwan", "Hendra", "La Ode Ahmad"),
                a("Nurjanah", "Fatma", "Hadija", "Salma", "Rosna", "Nirwana", "Sarni", "Wahyuni", "Samsiar", "Husna",
                        "Asna", "Nurmi", "Sumarni", "Rahma", "Asmawati", "Mardiana", "Wa Ode Nurhayati"),
                a("Pakaya", "Lamato", "Hasiru", "Mohamad", "Tangahu", "Kadir", "Husain", "Lihawa", "Nusi", "Pomalingo",
                        "Mooduto", "Biya", "Lasimpo", "Tanjumbulu", "Lahay", "Dunggio"),
                a("Pakaya", "Lamato", "Hasiru", "Mohamad", "Tangahu", "Kadir", "Husain", "Lihawa", "Nusi", "Dunggio"),
                null),
        MINAHASA(true, true,
                a("Jeffry", "Ronny", "Stevie", "Hendrik", "Johanis", "Frans", "Novry", "Deddy", "Meidy", "Jimmy", "Alfred",
                        "Rolly", "Marthen", "Benny", "Fanly", "Decky", "Jefri", "Vecky", "Arnold", "Recky"),
                a("Meiske", "Ivonne", "Vera", "Deasy", "Grace", "Sintje", "Olvie", "Femmy", "Lenny", "Marie", "Stella",
                        "Vivi", "Yulin", "Sherly", "Debby", "Wenny", "Julita", "Ketty", "Nova"),
                null, null,
                a("Sondakh", "Lumentut", "Rumengan", "Tumbelaka", "Mandagi", "Pangemanan", "Wenas", "Runtukahu",
                        "Kalangi", "Lengkong", "Mamahit", "Tambuwun", "Supit", "Rondonuwu", "Sumampouw", "Pelealu",
                        "Wowor", "Tulung", "Karundeng", "Lumingkewas", "Mantiri", "Rumondor", "Watung", "Sumolang", "Kaunang")),
        MALUKU(true, true,
                a("Johanis", "Frederik", "Semuel", "Alexander", "Yacob", "Abraham", "Agus", "Hasan", "Ahmad", "Husein",
                        "Rizal", "Thomas", "Marthinus", "Nus", "Benny", "Yusuf", "Salim", "Ongky", "Said", "Abdullah"),
                a("Yohana", "Magdalena", "Selfina", "Jacoba", "Wilhelmina", "Nona", "Fatimah", "Siti", "Mariam",
                        "Rosalina", "Christina", "Paulina", "Sarah", "Ruth", "Halija", "Hadija", "Nurlaila"),
                null, null,
                a("Latuconsina", "Tuasikal", "Pattinama", "Lewerissa", "Tuhumury", "Sahetapy", "Matulessy", "Lessy",
                        "Ohoitimur", "Wattimena", "Pelupessy", "Latupeirissa", "Leiwakabessy", "Tahapary", "Rahawarin",
                        "Pattiasina", "Sopacua", "Nanlohy", "Umasugi", "Buamona", "Tomagola", "Ohorella", "Loilatu",
                        "Souhuwat", "Marasabessy", "Tuanaya")),
        PAPUAN(true, true,
                a("Yohanes", "Markus", "Yakobus", "Petrus", "Nikolaus", "Herman", "Yulius", "Agustinus", "Yance", "Yoel",
                        "Melkias", "Natalis", "Yeremias", "Demianus", "Lukas", "Elias", "Silas", "Yosias", "Obed", "Musa",
                        "Simon", "Daud", "Matius", "Zakeus", "Habel", "Yunus"),
                a("Maria", "Yosina", "Martha", "Ribka", "Yuliana", "Selfina", "Regina", "Mince", "Naomi", "Ester",
                        "Debora", "Susana", "Yohana", "Lea", "Dorkas", "Rut", "Agustina", "Beatrix", "Pendelina", "Mariana"),
                null, null,
                a("Wenda", "Tabuni", "Kogoya", "Wonda", "Mabel", "Yikwa", "Murib", "Rumbiak", "Mandowen", "Rumkorem",
                        "Kambu", "Asso", "Wetipo", "Karubaba", "Wanggai", "Iyai", "Pigai", "Gobay", "Dogopia", "Kossay",
                        "Yoman", "Hisage", "Lokbere", "Tebay", "Mote", "Douw", "Kayame", "Yeimo", "Youw", "Kobak",
                        "Sorabut", "Ayamiseba", "Mirino", "Magai", "Tekege", "Boma")),
        BANJAR(false, false,
                a("Muhammad", "Ahmad Rifani", "Bahrani", "Masrani", "Jumberi", "Rusdiansyah", "Syahrani", "Hamberi",
                        "Asmuni", "Abdul Hadi", "Fahriannor", "Mahyuni", "Gazali", "Saberani", "Arbani", "Jailani",
                        "Sarmani", "Rahmadi"),
                a("Siti Jubaidah", "Rusmilawati", "Hamidah", "Rabiatul Adawiyah", "Mahmudah", "Norhayati", "Masniah",
                        "Jamilah", "Salasiah", "Rusmini", "Norliani", "Fitriani", "Rahimah", "Mariatul Kiptiah",
                        "Noorhidayah", "Aluh"),
                FATHER_NAMES, FATHER_NAMES, null),
        DAYAK(true, false,
                a("Yohanes", "Antonius", "Yosef", "Lukas", "Markus", "Stefanus", "Agustinus", "Fransiskus", "Dominikus",
                        "Heri", "Sabinus", "Aloysius", "Ignatius", "Yakobus", "Bernadus", "Simon", "Elias", "Darius",
                        "Yulius", "Petrus", "Akim"),
                a("Maria", "Yuliana", "Margaretha", "Lusia", "Theresia", "Veronika", "Elisabeth", "Anastasia", "Katarina",
                        "Rosalia", "Florentina", "Yosephine", "Sesilia", "Rosita", "Natalia", "Aprilia", "Dayang"),
                a("Apui", "Ajang", "Laing", "Lahang", "Anyeq", "Bilung", "Ingan", "Jalung", "Tingang", "Usat", "Liah",
                        "Ding", "Bato", "Ipuk"),
                a("Apui", "Ajang", "Laing", "Lahang", "Ingan", "Liah", "Usat", "Bilung"), null);

        final boolean christianMajority;   // pigs, and Christian rather than Islamic modern names
        final boolean patrilinealSurname;  // children carry the father's family name
        final String[] male;
        final String[] female;
        final String[] maleSecond;         // optional second name (often the father's name), may be null
        final String[] femaleSecond;
        final String[] surnames;           // family names (marga, fam), null when not used

        Culture(boolean christianMajority, boolean patrilinealSurname, String[] male, String[] female,
                String[] maleSecond, String[] femaleSecond, String[] surnames) {
            this.christianMajority = christianMajority;
            this.patrilinealSurname = patrilinealSurname;
            this.male = male;
            this.female = female;
            this.maleSecond = maleSecond;
            this.femaleSecond = femaleSecond;
            this.surnames = surnames;
        }
    }

    static final String[] MODERN_MALE = a("Rizky", "Fajar", "Dimas", "Aditya", "Bayu", "Reza", "Arif", "Yoga", "Fikri",
            "Raka", "Alif", "Farhan", "Rafi", "Naufal", "Haikal", "Arkan", "Rangga", "Dafa", "Ilham", "Bima", "Galih",
            "Satria", "Zidan", "Azka", "Arya", "Fadil", "Rehan", "Gilang", "Abimanyu", "Muhammad Rizki", "Andika");
    static final String[] MODERN_FEMALE = a("Putri", "Ayu", "Nabila", "Aisyah", "Salsabila", "Zahra", "Intan", "Dinda",
            "Nadia", "Citra", "Anisa", "Kirana", "Alya", "Keisha", "Syifa", "Adinda", "Aulia", "Amelia", "Safira", "Nayla",
            "Anggun", "Tiara", "Khanza", "Naura", "Zaskia", "Cinta", "Rara", "Maharani", "Siti Nurhaliza", "Dewi");
    static final String[] MODERN_MALE_SECOND = a("Pratama", "Saputra", "Ramadhan", "Kurniawan", "Hidayat", "Firmansyah",
            "Nugraha", "Wijaya", "Maulana", "Prakoso", "Aditama", "Syahputra", "Setiawan", "Permana", "Alfarizi",
            "Hakim", "Akbar", "Fauzi");
    static final String[] MODERN_FEMALE_SECOND = a("Permata", "Maharani", "Anggraini", "Wulandari", "Putri", "Lestari",
            "Rahmawati", "Safitri", "Oktaviani", "Ramadhani", "Azzahra", "Febriani", "Kusuma", "Puspita", "Amalia",
            "Nurhaliza", "Fitriani");
    static final String[] CHRISTIAN_MODERN_MALE = a("Kevin", "Jonathan", "Christian", "Gabriel", "Michael", "Daniel",
            "Samuel", "Andreas", "Yosua", "Natanael", "Immanuel", "Rafael", "Gerald", "Brayen", "Yehezkiel");
    static final String[] CHRISTIAN_MODERN_FEMALE = a("Grace", "Angel", "Jessica", "Michelle", "Natalia", "Gloria",
            "Christina", "Yemima", "Priskila", "Cindy", "Gabriela", "Clara", "Angelina", "Felicia", "Kezia");

    /** Balinese birth-order names: first, second, third, fourth child (then it starts over). */
    static final String[][] BALINESE_ORDER = {
            a("Wayan", "Putu", "Gede"), a("Made", "Kadek", "Nengah"), a("Nyoman", "Komang"), a("Ketut")};

    /** Second names that are (or read like) a father's name, common where no family names are used. */
    static final String[] FATHER_NAMES = a("Abdullah", "Hasan", "Yusuf", "Ibrahim", "Ismail", "Harun",
            "Idris", "Daud", "Hamzah", "Saleh", "Ahmad", "Usman", "Ali", "Umar", "Syarifuddin", "Zakaria");

    static String[] a(String... values) {
        return values;
    }
}
