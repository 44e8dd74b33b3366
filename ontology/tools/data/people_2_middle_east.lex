# People: Middle East and North Africa (Turkey, Iran, Israel, Palestine, Lebanon, Syria, Iraq,
# Yemen, Gulf states, Jordan, Egypt, Libya, Maghreb, Sudan) and armed-group leaders.
@type Person
# --- Turkey
RecepTayyipErdogan | Recep Tayyip Erdoğan | رجب طيب أردوغان | أردوغان; إردوغان; اردوغان; رجب طيب إردوغان; رجب طيب اردوغان; رجب أردوغان | Erdogan; Recep Tayyip Erdogan
+ HeadOfState TR 2014-08-28
+ HeadOfGovernment TR 2003-03-14 2014-08-28
+ Leader AKP 2001-08-14 2014-08-27
+ Leader AKP 2017-05-21
AbdullahGul | Abdullah Gül | عبد الله غول | عبد الله جول | Abdullah Gul
+ HeadOfState TR 2007-08-28 2014-08-28
AhmetDavutoglu | Ahmet Davutoğlu | أحمد داود أوغلو | داود أوغلو; أحمد داوود أوغلو; داوود أوغلو | Davutoglu
+ HeadOfGovernment TR 2014-08-28 2016-05-24
+ ForeignMinister TR 2009-05-01 2014-08-29
BinaliYildirim | Binali Yıldırım | بن علي يلدريم | يلدريم; بن علي يلديريم | Binali Yildirim
+ HeadOfGovernment TR 2016-05-24 2018-07-09
MevlutCavusoglu | Mevlüt Çavuşoğlu | مولود جاويش أوغلو | جاويش أوغلو; مولود تشاووش أوغلو; تشاووش أوغلو; جاووش أوغلو; مولود جاووش أوغلو; مولود تشاوش أوغلو; تشاوش أوغلو | Cavusoglu; Mevlut Cavusoglu
+ ForeignMinister TR 2014-08-29 2015-08-28
+ ForeignMinister TR 2015-11-24 2023-06-04
HakanFidan | Hakan Fidan | هاكان فيدان | فيدان | Fidan
+ ForeignMinister TR 2023-06-04
+ Leader MIT 2010-05-27 2023-06-04
IbrahimKalin | İbrahim Kalın | إبراهيم قالن | قالن; ابراهيم قالن; إبراهيم كالين | Ibrahim Kalin
+ Spokesperson TurkishPresidency 2014-08-28 2023-06-04
+ Leader MIT 2023-06-05
HulusiAkar | Hulusi Akar | خلوصي أكار | أكار; خلوصي آكار | Akar
+ DefenseMinister TR 2018-07-10 2023-06-04
YasarGuler | Yaşar Güler | يشار غولر | يشار جولر | Yasar Guler
+ DefenseMinister TR 2023-06-04
BeratAlbayrak | Berat Albayrak | برات ألبيرق | ألبيرق; برات البيرق | Albayrak
+ FinanceMinister TR 2018-07-10 2020-11-08
MehmetSimsek | Mehmet Şimşek | محمد شيمشك | شيمشك; محمد شيمشيك | Mehmet Simsek
+ FinanceMinister TR 2009-05-01 2015-08-28
+ FinanceMinister TR 2023-06-04
SuleymanSoylu | Süleyman Soylu | سليمان صويلو | صويلو | Soylu
+ InteriorMinister TR 2016-08-31 2023-06-04
AliYerlikaya | Ali Yerlikaya | علي يرلي كايا | يرلي كايا; علي يرليكايا | Yerlikaya
+ InteriorMinister TR 2023-06-04
FuatOktay | Fuat Oktay | فؤاد أقطاي | أقطاي | Oktay
+ VicePresident TR 2018-07-09 2023-06-04
CevdetYilmaz | Cevdet Yılmaz | جودت يلماز | | Cevdet Yilmaz
+ VicePresident TR 2023-06-04
OmerCelik | Ömer Çelik | عمر جليك | عمر تشيليك | Omer Celik
+ Spokesperson AKP 2018
KemalKilicdaroglu | Kemal Kılıçdaroğlu | كمال كليتشدار أوغلو | كليتشدار أوغلو; كمال قليجدار أوغلو; قليجدار أوغلو | Kilicdaroglu
+ Leader CHP 2010-05-22 2023-11-05
OzgurOzel | Özgür Özel | أوزغور أوزيل | أوزغور أوزال | Ozgur Ozel
+ Leader CHP 2023-11-05
DevletBahceli | Devlet Bahçeli | دولت بهتشلي | بهتشلي; دولت باهتشلي | Bahceli
+ Leader MHP 1997-07-06
EkremImamoglu | Ekrem İmamoğlu | أكرم إمام أوغلو | إمام أوغلو; أكرم إمام اوغلو | Imamoglu
FethullahGulen | Fethullah Gülen | فتح الله غولن | فتح الله جولن; فتح الله كولن | Gulen
+ Leader GulenMovement 1970 2024-10-20
AbdullahOcalan | Abdullah Öcalan | عبد الله أوجلان | أوجلان; عبدالله أوجلان | Ocalan
+ Leader PKK 1978-11-27
# --- Iran
AliKhamenei | Ali Khamenei | علي خامنئي | خامنئي; آية الله علي خامنئي; علي الخامنئي; آية الله خامنئي; السيد علي خامنئي; المرشد الإيراني علي خامنئي | Khamenei; Ayatollah Khamenei
+ HeadOfState IR 1989-06-04
RuhollahKhomeini | Ruhollah Khomeini | روح الله الخميني | الخميني; آية الله الخميني | Khomeini
+ HeadOfState IR 1979-12-03 1989-06-03
MahmoudAhmadinejad | Mahmoud Ahmadinejad | محمود أحمدي نجاد | أحمدي نجاد | Ahmadinejad
+ HeadOfState IR 2005-08-03 2013-08-03
HassanRouhani | Hassan Rouhani | حسن روحاني | روحاني | Rouhani
+ HeadOfState IR 2013-08-03 2021-08-03
EbrahimRaisi | Ebrahim Raisi | إبراهيم رئيسي | ابراهيم رئيسي; السيد إبراهيم رئيسي | Raisi
+ HeadOfState IR 2021-08-03 2024-05-19
MohammadMokhber | Mohammad Mokhber | محمد مخبر | | Mokhber
+ VicePresident IR 2021-08-08 2024-07-28
+ HeadOfState IR 2024-05-20 2024-07-28
MasoudPezeshkian | Masoud Pezeshkian | مسعود بزشكيان | بزشكيان; بيزشكيان; مسعود بيزشكيان | Pezeshkian
+ HeadOfState IR 2024-07-28
EshaqJahangiri | Eshaq Jahangiri | إسحاق جهانغيري | جهانغيري | Jahangiri
+ VicePresident IR 2013-08-05 2021-08-03
AliAkbarSalehi | Ali Akbar Salehi | علي أكبر صالحي | | Salehi
+ ForeignMinister IR 2010-12-13 2013-08-15
+ Leader AEOI 2013-08-16 2021-08-25
MohammadJavadZarif | Mohammad Javad Zarif | محمد جواد ظريف | ظريف; جواد ظريف | Zarif
+ ForeignMinister IR 2013-08-15 2021-08-25
+ VicePresident IR 2024-08-01 2025-03-02
HosseinAmirAbdollahian | Hossein Amir-Abdollahian | حسين أمير عبد اللهيان | عبد اللهيان; أمير عبد اللهيان; حسين أمير عبداللهيان; عبداللهيان | Amir-Abdollahian
+ ForeignMinister IR 2021-08-25 2024-05-19
AliBagheriKani | Ali Bagheri Kani | علي باقري كني | باقري كني; علي باقري | Bagheri Kani
+ ForeignMinister IR 2024-05-20 2024-08-21
AbbasAraghchi | Abbas Araghchi | عباس عراقجي | عراقجي; عباس عراقچي | Araghchi
+ ForeignMinister IR 2024-08-21
HosseinDehghan | Hossein Dehghan | حسين دهقان | دهقان | Dehghan
+ DefenseMinister IR 2013-08-15 2017-08-20
AmirHatami | Amir Hatami | أمير حاتمي | حاتمي | Hatami
+ DefenseMinister IR 2017-08-20 2021-08-25
MohammadRezaAshtiani | Mohammad-Reza Gharaei Ashtiani | محمد رضا آشتياني | آشتياني; محمد رضا قرائي آشتياني | Ashtiani
+ DefenseMinister IR 2021-08-25 2024-08-21
AzizNasirzadeh | Aziz Nasirzadeh | عزيز نصير زاده | نصير زاده; عزيز نصيرزاده | Nasirzadeh
+ DefenseMinister IR 2024-08-21
BahramQasemi | Bahram Qasemi | بهرام قاسمي | | Qasemi
+ Spokesperson IranianForeignMinistry 2016 2019
AbbasMousavi | Abbas Mousavi | عباس موسوي | | Abbas Mousavi
+ Spokesperson IranianForeignMinistry 2019 2020
SaeedKhatibzadeh | Saeed Khatibzadeh | سعيد خطيب زاده | خطيب زاده; سعيد خطيبزاده | Khatibzadeh
+ Spokesperson IranianForeignMinistry 2020 2022
NasserKanaani | Nasser Kanaani | ناصر كنعاني | كنعاني | Kanaani
+ Spokesperson IranianForeignMinistry 2022 2024
EsmaeilBaghaei | Esmaeil Baghaei | إسماعيل بقائي | بقائي; اسماعيل بقائي | Baghaei
+ Spokesperson IranianForeignMinistry 2024
QasemSoleimani | Qasem Soleimani | قاسم سليماني | سليماني; الجنرال قاسم سليماني | Soleimani
+ Leader QudsForce 1998 2020-01-03
EsmailQaani | Esmail Qaani | إسماعيل قاآني | قاآني; إسماعيل قآني | Qaani
+ Leader QudsForce 2020-01-03
MohammadAliJafari | Mohammad Ali Jafari | محمد علي جعفري | | Jafari
+ Leader IRGC 2007-09-01 2019-04-21
HosseinSalami | Hossein Salami | حسين سلامي | | Salami
+ Leader IRGC 2019-04-21 2025-06-13
MohammadPakpour | Mohammad Pakpour | محمد باكبور | باكبور | Pakpour
+ Leader IRGC 2025-06-13
MohammadBagheri | Mohammad Bagheri | محمد باقري | | Bagheri
+ Leader IranianArmedForces 2016-06-28 2025-06-13
AliLarijani | Ali Larijani | علي لاريجاني | لاريجاني | Larijani
MohammadBagherGhalibaf | Mohammad Bagher Ghalibaf | محمد باقر قاليباف | قاليباف | Ghalibaf
AliShamkhani | Ali Shamkhani | علي شمخاني | شمخاني | Shamkhani
MohammadEslami | Mohammad Eslami | محمد إسلامي | | Eslami
+ Leader AEOI 2021-08-29
# --- Israel
BenjaminNetanyahu | Benjamin Netanyahu | بنيامين نتنياهو | نتنياهو; نتانياهو; بنيامين نتانياهو; بنيامين نتانیاهو; بنيامين نتيناهو | Netanyahu; Bibi
+ HeadOfGovernment IL 1996-06-18 1999-07-06
+ HeadOfGovernment IL 2009-03-31 2021-06-13
+ HeadOfGovernment IL 2022-12-29
+ Leader Likud 2005-12-20
NaftaliBennett | Naftali Bennett | نفتالي بينيت | بينيت; نفتالي بينت | Bennett
+ HeadOfGovernment IL 2021-06-13 2022-06-30
+ DefenseMinister IL 2019-11-12 2020-05-17
YairLapid | Yair Lapid | يائير لابيد | لابيد | Lapid
+ HeadOfGovernment IL 2022-07-01 2022-12-29
+ ForeignMinister IL 2021-06-13 2022-12-29
EhudOlmert | Ehud Olmert | إيهود أولمرت | أولمرت | Olmert
+ HeadOfGovernment IL 2006-04-14 2009-03-31
IsraelKatz | Israel Katz | يسرائيل كاتس | كاتس; إسرائيل كاتس | Katz
+ ForeignMinister IL 2019-02-17 2020-05-17
+ ForeignMinister IL 2024-01-01 2024-11-05
+ DefenseMinister IL 2024-11-05
EliCohen | Eli Cohen | إيلي كوهين | | Eli Cohen
+ ForeignMinister IL 2022-12-29 2024-01-01
GabiAshkenazi | Gabi Ashkenazi | غابي أشكنازي | أشكنازي | Ashkenazi
+ ForeignMinister IL 2020-05-17 2021-06-13
GideonSaar | Gideon Sa'ar | جدعون ساعر | ساعر; جدعون ساعار | Saar
+ ForeignMinister IL 2024-11-05
AvigdorLieberman | Avigdor Lieberman | أفيغدور ليبرمان | ليبرمان; أفيغدور ليبرمان | Lieberman
+ ForeignMinister IL 2009-03-31 2012-12-18
+ ForeignMinister IL 2013-11-11 2015-05-14
+ DefenseMinister IL 2016-05-30 2018-11-14
+ FinanceMinister IL 2021-06-13 2022-12-29
MosheYaalon | Moshe Ya'alon | موشيه يعالون | يعالون; موشي يعلون | Yaalon
+ DefenseMinister IL 2013-03-18 2016-05-20
EhudBarak | Ehud Barak | إيهود باراك | | Ehud Barak
+ DefenseMinister IL 2007-06-18 2013-03-18
+ HeadOfGovernment IL 1999-07-06 2001-03-07
BennyGantz | Benny Gantz | بيني غانتس | غانتس; بيني جانتس | Gantz
+ DefenseMinister IL 2020-05-17 2022-12-29
YoavGallant | Yoav Gallant | يوآف غالانت | غالانت; يوآف جالانت | Gallant
+ DefenseMinister IL 2022-12-29 2024-11-05
BezalelSmotrich | Bezalel Smotrich | بتسلئيل سموتريتش | سموتريتش; بتسلئيل سموتريش | Smotrich
+ FinanceMinister IL 2022-12-29
ItamarBenGvir | Itamar Ben-Gvir | إيتمار بن غفير | بن غفير; ايتمار بن غفير | Ben-Gvir
ShimonPeres | Shimon Peres | شمعون بيريز | بيريز; شيمون بيريز | Peres
+ HeadOfState IL 2007-07-15 2014-07-24
ReuvenRivlin | Reuven Rivlin | رؤوفين ريفلين | ريفلين; روبي ريفلين | Rivlin
+ HeadOfState IL 2014-07-24 2021-07-07
IsaacHerzog | Isaac Herzog | إسحاق هرتسوغ | هرتسوغ; يتسحاق هرتسوغ | Herzog
+ HeadOfState IL 2021-07-07
AvichayAdraee | Avichay Adraee | أفيخاي أدرعي | أدرعي; افيخاي ادرعي | Adraee
+ Spokesperson IsraeliArmedForces 2005
DanielHagari | Daniel Hagari | دانيال هاغاري | هاغاري | Hagari
+ Spokesperson IsraeliArmedForces 2023-03 2025-03
EffieDefrin | Effie Defrin | إيفي ديفرين | ديفرين | Defrin
+ Spokesperson IsraeliArmedForces 2025-03
OfirGendelman | Ofir Gendelman | أوفير جندلمان | جندلمان | Gendelman
+ Spokesperson IsraeliPMO 2011
GadiEisenkot | Gadi Eisenkot | غادي آيزنكوت | آيزنكوت; غادي أيزنكوت | Eisenkot
+ Leader IsraeliArmedForces 2015-02-16 2019-01-15
AvivKochavi | Aviv Kochavi | أفيف كوخافي | كوخافي | Kochavi
+ Leader IsraeliArmedForces 2019-01-15 2023-01-16
HerziHalevi | Herzi Halevi | هرتسي هاليفي | هاليفي | Halevi
+ Leader IsraeliArmedForces 2023-01-16 2025-03-05
EyalZamir | Eyal Zamir | إيال زامير | زامير | Zamir
+ Leader IsraeliArmedForces 2025-03-05
YossiCohen | Yossi Cohen | يوسي كوهين | | Yossi Cohen
+ Leader Mossad 2016-01-06 2021-06-01
DavidBarnea | David Barnea | ديفيد برنياع | برنياع; دافيد برنياع | Barnea
+ Leader Mossad 2021-06-01
RonenBar | Ronen Bar | رونين بار | | Ronen Bar
+ Leader ShinBet 2021-10-13 2025-06-15
# --- Palestine
MahmoudAbbas | Mahmoud Abbas | محمود عباس | أبو مازن; الرئيس محمود عباس; محمود عباس أبو مازن | Abu Mazen; Abbas
+ HeadOfState PS 2005-01-15
+ Leader PLO 2004-11-11
+ Leader Fatah 2004-11-11
+ Leader PalestinianAuthority 2005-01-15
SalamFayyad | Salam Fayyad | سلام فياض | | Fayyad
+ HeadOfGovernment PS 2007-06-15 2013-06-06
RamiHamdallah | Rami Hamdallah | رامي الحمد الله | رامي الحمدالله | Hamdallah
+ HeadOfGovernment PS 2013-06-06 2019-04-13
MohammadShtayyeh | Mohammad Shtayyeh | محمد اشتية | اشتية; محمد اشتيه; محمد شتية | Shtayyeh
+ HeadOfGovernment PS 2019-04-13 2024-03-31
MohammadMustafaPS | Mohammad Mustafa | محمد مصطفى | | Mohammad Mustafa
+ HeadOfGovernment PS 2024-03-31
+ ForeignMinister PS 2024-03-31
RiyadAlMaliki | Riyad al-Maliki | رياض المالكي | | Riyad Malki
+ ForeignMinister PS 2007-05-01 2024-03-31
VarsenAghabekian | Varsen Aghabekian | فارسين أغابكيان | فارسين آغابكيان | Aghabekian | g=f
+ ForeignMinister PS 2025-03
HusseinAlSheikh | Hussein al-Sheikh | حسين الشيخ | | Hussein al-Sheikh
+ VicePresident PS 2025-04-26
NabilAbuRudeineh | Nabil Abu Rudeineh | نبيل أبو ردينة | أبو ردينة | Abu Rudeineh
+ Spokesperson PalestinianPresidency
JibrilRajoub | Jibril Rajoub | جبريل الرجوب | الرجوب | Rajoub
MarwanBarghouti | Marwan Barghouti | مروان البرغوثي | | Barghouti
MohammedDahlan | Mohammed Dahlan | محمد دحلان | دحلان | Dahlan
IsmailHaniyeh | Ismail Haniyeh | إسماعيل هنية | هنية; اسماعيل هنية | Haniyeh
+ Leader Hamas 2017-05-06 2024-07-31
+ HeadOfGovernment PS 2006-03-29 2007-06-14
KhaledMeshaal | Khaled Mashal | خالد مشعل | | Meshaal
+ Leader Hamas 1996 2017-05-06
YahyaSinwar | Yahya Sinwar | يحيى السنوار | السنوار | Sinwar
+ Leader Hamas 2024-08-06 2024-10-16
MohammedDeif | Mohammed Deif | محمد الضيف | | Deif
+ Leader QassamBrigades 2002 2024-07-13
AbuObaida | Abu Obaida | أبو عبيدة | الناطق باسم كتائب القسام أبو عبيدة | Abu Ubaida
+ Spokesperson QassamBrigades
KhalilAlHayya | Khalil al-Hayya | خليل الحية | | al-Hayya
MousaAbuMarzouk | Mousa Abu Marzouk | موسى أبو مرزوق | أبو مرزوق | Abu Marzouk
SamiAbuZuhri | Sami Abu Zuhri | سامي أبو زهري | أبو زهري | Abu Zuhri
+ Spokesperson Hamas
HazemQassem | Hazem Qassem | حازم قاسم | | Hazem Qassem
+ Spokesperson Hamas
FawziBarhoum | Fawzi Barhoum | فوزي برهوم | برهوم | Barhoum
+ Spokesperson Hamas
MohammedSinwar | Mohammed Sinwar | محمد السنوار | | Mohammed Sinwar
SalehAlArouri | Saleh al-Arouri | صالح العاروري | العاروري | Arouri
HashemSafieddine | Hashem Safieddine | هاشم صفي الدين | صفي الدين | Safieddine
ZiadNakhalah | Ziyad al-Nakhalah | زياد النخالة | النخالة | Nakhalah
+ Leader PalestinianIslamicJihad 2018-09-28
RamadanShallah | Ramadan Shalah | رمضان عبد الله شلح | رمضان شلح | Shallah
+ Leader PalestinianIslamicJihad 1995 2018-09-28
# --- Lebanon
MichelSleiman | Michel Suleiman | ميشال سليمان | ميشيل سليمان | Suleiman
+ HeadOfState LB 2008-05-25 2014-05-25
MichelAoun | Michel Aoun | ميشال عون | ميشيل عون; الرئيس ميشال عون | Aoun
+ HeadOfState LB 2016-10-31 2022-10-30
+ Leader FreePatrioticMovement 2005 2015-09-20
JosephAoun | Joseph Aoun | جوزيف عون | العماد جوزيف عون; الرئيس جوزيف عون | Joseph Aoun
+ HeadOfState LB 2025-01-09
+ Leader LebaneseArmedForces 2017-03-08 2025-01-09
SaadHariri | Saad Hariri | سعد الحريري | الحريري | Hariri
+ HeadOfGovernment LB 2009-11-09 2011-06-13
+ HeadOfGovernment LB 2016-12-18 2020-01-21
+ Leader FutureMovement 2005
NajibMikati | Najib Mikati | نجيب ميقاتي | ميقاتي | Mikati
+ HeadOfGovernment LB 2011-06-13 2014-02-15
+ HeadOfGovernment LB 2021-09-10 2025-02-08
TammamSalam | Tammam Salam | تمام سلام | | Tammam Salam
+ HeadOfGovernment LB 2014-02-15 2016-12-18
HassanDiab | Hassan Diab | حسان دياب | | Hassan Diab
+ HeadOfGovernment LB 2020-01-21 2021-09-10
NawafSalam | Nawaf Salam | نواف سلام | القاضي نواف سلام | Nawaf Salam
+ HeadOfGovernment LB 2025-02-08
NabihBerri | Nabih Berri | نبيه بري | نبيه برّي | Berri
+ Leader AmalMovement 1980-04
HassanNasrallah | Hassan Nasrallah | حسن نصر الله | نصر الله; حسن نصرالله; نصرالله; السيد حسن نصر الله | Nasrallah
+ Leader Hezbollah 1992-02-16 2024-09-27
NaimQassem | Naim Qassem | نعيم قاسم | الشيخ نعيم قاسم | Qassem
+ Leader Hezbollah 2024-10-29
GebranBassil | Gebran Bassil | جبران باسيل | باسيل | Bassil
+ ForeignMinister LB 2014-02-15 2020-01-21
+ Leader FreePatrioticMovement 2015-09-20
AbdallahBouHabib | Abdallah Bou Habib | عبد الله بو حبيب | بو حبيب | Bou Habib
+ ForeignMinister LB 2021-09-10 2025-02-08
YoussefRajji | Youssef Rajji | يوسف رجي | | Rajji
+ ForeignMinister LB 2025-02-08
SamirGeagea | Samir Geagea | سمير جعجع | جعجع | Geagea
+ Leader LebaneseForcesParty
WalidJumblatt | Walid Jumblatt | وليد جنبلاط | جنبلاط | Jumblatt
RiadSalameh | Riad Salameh | رياض سلامة | | Salameh
+ Leader BanqueDuLiban 1993-08-01 2023-07-31
# --- Syria
BasharAlAssad | Bashar al-Assad | بشار الأسد | الأسد; الرئيس بشار الأسد; بشار الاسد; الرئيس السوري بشار الأسد | Assad; Bashar Assad
+ HeadOfState SY 2000-07-17 2024-12-08
AsmaAlAssad | Asma al-Assad | أسماء الأسد | | Asma Assad | g=f
MaherAlAssad | Maher al-Assad | ماهر الأسد | | Maher Assad
AhmedAlSharaa | Ahmed al-Sharaa | أحمد الشرع | الرئيس الشرع; أبو محمد الجولاني; الجولاني; أحمد حسين الشرع | Abu Mohammad al-Julani; al-Sharaa
+ HeadOfState SY 2025-01-29
+ Leader HayatTahrirAlSham 2012 2025-01-29
WalidMuallem | Walid Muallem | وليد المعلم | | Muallem
+ ForeignMinister SY 2006-02-11 2020-11-16
FaisalMekdad | Faisal Mekdad | فيصل المقداد | المقداد | Mekdad
+ ForeignMinister SY 2020-11-22 2024-12-08
AsaadAlShaibani | Asaad al-Shaibani | أسعد الشيباني | الشيباني; أسعد حسن الشيباني | Shaibani
+ ForeignMinister SY 2024-12-21
BouthainaShaaban | Bouthaina Shaaban | بثينة شعبان | | Shaaban | g=f
FahdJassemAlFreij | Fahd Jassem al-Freij | فهد جاسم الفريج | العماد فهد جاسم الفريج | al-Freij
+ DefenseMinister SY 2012-07-18 2018-01-01
AliAbdullahAyyoub | Ali Abdullah Ayyoub | علي عبد الله أيوب | العماد علي عبد الله أيوب | Ayyoub
+ DefenseMinister SY 2018-01-01 2022-04-28
AliMahmoudAbbas | Ali Mahmoud Abbas | علي محمود عباس | العماد علي محمود عباس
+ DefenseMinister SY 2022-04-28 2024-12-08
MurhafAbuQasra | Murhaf Abu Qasra | مرهف أبو قصرة | أبو قصرة | Abu Qasra
+ DefenseMinister SY 2024-12-21
AnasKhattab | Anas Khattab | أنس خطاب | | Anas Khattab
+ InteriorMinister SY 2025-03-29
WaelHalqi | Wael al-Halqi | وائل الحلقي | الحلقي | Halqi
+ HeadOfGovernment SY 2012-08-09 2016-07-03
ImadKhamis | Imad Khamis | عماد خميس | | Khamis
+ HeadOfGovernment SY 2016-07-03 2020-08-30
HusseinArnous | Hussein Arnous | حسين عرنوس | عرنوس | Arnous
+ HeadOfGovernment SY 2020-08-30 2024-09-14
MohammadGhaziAlJalali | Mohammad Ghazi al-Jalali | محمد غازي الجلالي | | al-Jalali
+ HeadOfGovernment SY 2024-09-14 2024-12-10
MohammedAlBashir | Mohammed al-Bashir | محمد البشير | | Mohammed al-Bashir
+ HeadOfGovernment SY 2024-12-10 2025-03-29
BasharJaafari | Bashar Jaafari | بشار الجعفري | | Jaafari
+ Envoy SY 2006 2020-10
MazloumAbdi | Mazloum Abdi | مظلوم عبدي | مظلوم كوباني | Mazloum Kobani
+ Leader SyrianDemocraticForces 2015-10
ZahranAlloush | Zahran Alloush | زهران علوش | | Alloush
+ Leader JaishAlIslam 2011 2015-12-25
AbuBakrAlBaghdadi | Abu Bakr al-Baghdadi | أبو بكر البغدادي | البغدادي | Baghdadi
+ Leader IslamicState 2010-05-16 2019-10-27
AbuIbrahimAlQurashi | Abu Ibrahim al-Hashimi al-Qurashi | أبو إبراهيم الهاشمي القرشي | | 
+ Leader IslamicState 2019-10-31 2022-02-03
AbuMohammedAlAdnani | Abu Mohammad al-Adnani | أبو محمد العدناني | العدناني | Adnani
+ Spokesperson IslamicState 2011 2016-08-30
AymanAlZawahiri | Ayman al-Zawahiri | أيمن الظواهري | الظواهري | Zawahiri
+ Leader AlQaeda 2011-06-16 2022-07-31
OsamaBinLaden | Osama bin Laden | أسامة بن لادن | بن لادن; أسامة بن محمد بن لادن | bin Laden
+ Leader AlQaeda 1988 2011-05-02
# --- Iraq
NouriAlMaliki | Nouri al-Maliki | نوري المالكي | | Maliki
+ HeadOfGovernment IQ 2006-05-20 2014-09-08
+ VicePresident IQ 2014-09-09 2015-08-11
HaiderAlAbadi | Haider al-Abadi | حيدر العبادي | العبادي | Abadi
+ HeadOfGovernment IQ 2014-09-08 2018-10-25
AdilAbdulMahdi | Adil Abdul-Mahdi | عادل عبد المهدي | عبد المهدي | Abdul-Mahdi
+ HeadOfGovernment IQ 2018-10-25 2020-05-07
MustafaAlKadhimi | Mustafa al-Kadhimi | مصطفى الكاظمي | الكاظمي | Kadhimi
+ HeadOfGovernment IQ 2020-05-07 2022-10-27
MohammedShiaAlSudani | Mohammed Shia al-Sudani | محمد شياع السوداني | شياع السوداني | Sudani
+ HeadOfGovernment IQ 2022-10-27
JalalTalabani | Jalal Talabani | جلال طالباني | طالباني; جلال الطالباني | Talabani
+ HeadOfState IQ 2005-04-07 2014-07-24
FuadMasum | Fuad Masum | فؤاد معصوم | | Masum
+ HeadOfState IQ 2014-07-24 2018-10-02
BarhamSalih | Barham Salih | برهم صالح | | Barham Salih
+ HeadOfState IQ 2018-10-02 2022-10-17
AbdulLatifRashid | Abdul Latif Rashid | عبد اللطيف رشيد | عبد اللطيف جمال رشيد | Abdul Latif Rashid
+ HeadOfState IQ 2022-10-17
HoshyarZebari | Hoshyar Zebari | هوشيار زيباري | زيباري | Zebari
+ ForeignMinister IQ 2003-09-03 2014-09-08
+ FinanceMinister IQ 2014-09-08 2016-09-21
IbrahimAlJaafari | Ibrahim al-Jaafari | إبراهيم الجعفري | ابراهيم الجعفري
+ ForeignMinister IQ 2014-09-08 2018-10-25
MohammedAliAlHakim | Mohamed Ali Alhakim | محمد علي الحكيم
+ ForeignMinister IQ 2018-10-25 2020-05-07
FuadHussein | Fuad Hussein | فؤاد حسين | | Fuad Hussein
+ ForeignMinister IQ 2020-06-06
MuqtadaAlSadr | Muqtada al-Sadr | مقتدى الصدر | السيد مقتدى الصدر | Sadr
+ Leader SadristMovement 2003
AmmarAlHakim | Ammar al-Hakim | عمار الحكيم | السيد عمار الحكيم | Hakim
MasoudBarzani | Masoud Barzani | مسعود بارزاني | مسعود البارزاني | Masoud Barzani
+ Leader KDP 1979
+ HeadOfState KurdistanRegion 2005-06-13 2017-11-01
NechirvanBarzani | Nechirvan Barzani | نيجيرفان بارزاني | نيجرفان بارزاني | Nechirvan Barzani
+ HeadOfGovernment KurdistanRegion 2012-03-05 2019-06-10
+ HeadOfState KurdistanRegion 2019-06-10
MasrourBarzani | Masrour Barzani | مسرور بارزاني | | Masrour Barzani
+ HeadOfGovernment KurdistanRegion 2019-07-10
AbuMahdiAlMuhandis | Abu Mahdi al-Muhandis | أبو مهدي المهندس | | Muhandis
+ Leader KataibHezbollah 2003 2020-01-03
FalihAlFayyadh | Falih al-Fayyadh | فالح الفياض | الفياض | Fayyadh
+ Leader PopularMobilizationForces 2014
QaisAlKhazali | Qais al-Khazali | قيس الخزعلي | الخزعلي | Khazali
+ Leader AsaibAhlAlHaq 2007
HadiAlAmiri | Hadi al-Amiri | هادي العامري | | Amiri
+ Leader BadrOrganization 2003
# --- Yemen
AliAbdullahSaleh | Ali Abdullah Saleh | علي عبد الله صالح | علي عبدالله صالح; الرئيس السابق علي عبد الله صالح | Saleh
+ HeadOfState YE 1990-05-22 2012-02-27
+ Leader GeneralPeoplesCongress 1982 2017-12-04
AbdRabbuhMansurHadi | Abd Rabbuh Mansur Hadi | عبد ربه منصور هادي | منصور هادي; عبدربه منصور هادي; الرئيس هادي | Hadi
+ HeadOfState YE 2012-02-25 2022-04-07
RashadAlAlimi | Rashad al-Alimi | رشاد العليمي | العليمي; رشاد محمد العليمي | Alimi
+ HeadOfState YE 2022-04-07
+ Leader PresidentialLeadershipCouncil 2022-04-07
KhaledBahah | Khaled Bahah | خالد بحاح | بحاح | Bahah
+ HeadOfGovernment YE 2014-11-09 2016-04-03
+ VicePresident YE 2015-04-12 2016-04-03
AliMohsenAlAhmar | Ali Mohsen al-Ahmar | علي محسن الأحمر | علي محسن | Ali Mohsen
+ VicePresident YE 2016-04-03 2022-04-07
AhmedObeidBinDaghr | Ahmed Obaid bin Daghr | أحمد عبيد بن دغر | بن دغر | bin Daghr
+ HeadOfGovernment YE 2016-04-04 2018-10-15
MaeenAbdulmalik | Maeen Abdulmalik | معين عبد الملك | معين عبدالملك | Maeen Abdulmalik
+ HeadOfGovernment YE 2018-10-15 2024-02-05
AhmedAwadBinMubarak | Ahmed Awad bin Mubarak | أحمد عوض بن مبارك | بن مبارك | bin Mubarak
+ HeadOfGovernment YE 2024-02-05 2025-05-03
+ ForeignMinister YE 2020-12-18 2024-02-05
SalemBinBreik | Salem bin Breik | سالم بن بريك | سالم صالح بن بريك | bin Breik
+ HeadOfGovernment YE 2025-05-06
AbdulmalikAlMekhlafi | Abdulmalik al-Mekhlafi | عبد الملك المخلافي | المخلافي
+ ForeignMinister YE 2015-12 2018-05
AbdulMalikAlHouthi | Abdul-Malik al-Houthi | عبد الملك الحوثي | عبدالملك الحوثي; السيد عبد الملك الحوثي; زعيم جماعة الحوثي عبد الملك الحوثي | Abdulmalik al-Houthi
+ Leader Houthis 2004-09
MahdiAlMashat | Mahdi al-Mashat | مهدي المشاط | المشاط | Mashat
SalehAlSammad | Saleh al-Sammad | صالح الصماد | الصماد | Sammad
MohammedAliAlHouthi | Mohammed Ali al-Houthi | محمد علي الحوثي
MohammedAbdulsalam | Mohammed Abdulsalam | محمد عبد السلام | محمد عبدالسلام | Mohammed Abdulsalam
+ Spokesperson Houthis
YahyaSaree | Yahya Saree | يحيى سريع | العميد يحيى سريع | Saree
+ Spokesperson Houthis 2019
AidarosAlZubaidi | Aidarous al-Zubaidi | عيدروس الزبيدي | الزبيدي; عيدروس قاسم الزبيدي | Zubaidi
+ Leader SouthernTransitionalCouncil 2017-05-11
AhmedAsiri | Ahmed Asiri | أحمد عسيري | عسيري; العميد أحمد عسيري | Asiri
+ Spokesperson ArabCoalition 2015-03 2017-04
TurkiAlMaliki | Turki al-Maliki | تركي المالكي | العقيد تركي المالكي | Turki al-Maliki
+ Spokesperson ArabCoalition 2017-04
# --- Saudi Arabia
KingAbdullahOfSaudiArabia | King Abdullah of Saudi Arabia | الملك عبد الله بن عبد العزيز | عبد الله بن عبد العزيز; الملك عبدالله بن عبدالعزيز | King Abdullah bin Abdulaziz
+ HeadOfState SA 2005-08-01 2015-01-23
KingSalman | King Salman | الملك سلمان بن عبد العزيز | سلمان بن عبد العزيز; الملك سلمان; الملك سلمان بن عبدالعزيز; سلمان بن عبدالعزيز; خادم الحرمين الشريفين الملك سلمان | Salman bin Abdulaziz
+ HeadOfState SA 2015-01-23
+ CrownPrince SA 2012-06-18 2015-01-23
+ DefenseMinister SA 2011-11-05 2015-01-23
MohammedBinSalman | Mohammed bin Salman | محمد بن سلمان | الأمير محمد بن سلمان; ولي العهد السعودي الأمير محمد بن سلمان; محمد بن سلمان آل سعود | MBS
+ CrownPrince SA 2017-06-21
+ HeadOfGovernment SA 2022-09-27
+ DefenseMinister SA 2015-01-23 2022-09-27
MuhammadBinNayef | Muhammad bin Nayef | محمد بن نايف | الأمير محمد بن نايف | MBN
+ CrownPrince SA 2015-04-29 2017-06-21
+ InteriorMinister SA 2012-11-05 2017-06-21
MuqrinBinAbdulaziz | Muqrin bin Abdulaziz | مقرن بن عبد العزيز | الأمير مقرن بن عبد العزيز; مقرن بن عبدالعزيز
+ CrownPrince SA 2015-01-23 2015-04-29
SaudAlFaisal | Saud al-Faisal | سعود الفيصل | الأمير سعود الفيصل
+ ForeignMinister SA 1975-10-13 2015-04-29
AdelAlJubeir | Adel al-Jubeir | عادل الجبير | الجبير | Jubeir
+ ForeignMinister SA 2015-04-29 2018-12-27
IbrahimAlAssaf | Ibrahim Abdulaziz Al-Assaf | إبراهيم العساف | العساف
+ ForeignMinister SA 2018-12-27 2019-10-23
+ FinanceMinister SA 1996 2016-11-01
FaisalBinFarhan | Faisal bin Farhan | فيصل بن فرحان | الأمير فيصل بن فرحان; فيصل بن فرحان آل سعود | Prince Faisal bin Farhan
+ ForeignMinister SA 2019-10-23
KhalidBinSalman | Khalid bin Salman | خالد بن سلمان | الأمير خالد بن سلمان | Prince Khalid bin Salman
+ DefenseMinister SA 2022-09-27
AbdulazizBinSaudBinNayef | Abdulaziz bin Saud bin Nayef | عبد العزيز بن سعود بن نايف | الأمير عبد العزيز بن سعود
+ InteriorMinister SA 2017-06-21
MohammedAlJadaan | Mohammed Al-Jadaan | محمد الجدعان | الجدعان | Al-Jadaan
+ FinanceMinister SA 2016-11-01
AbdulazizBinSalman | Abdulaziz bin Salman | عبد العزيز بن سلمان | الأمير عبد العزيز بن سلمان | Prince Abdulaziz bin Salman
+ Leader SaudiEnergyMinistry 2019-09-08
KhalidAlFalih | Khalid al-Falih | خالد الفالح | الفالح | Falih
+ Leader SaudiEnergyMinistry 2016-05-07 2019-09-08
AminNasser | Amin Nasser | أمين الناصر | | Amin Nasser
+ Leader SaudiAramco 2015
# --- UAE, Qatar, Kuwait, Bahrain, Oman
KhalifaBinZayed | Khalifa bin Zayed Al Nahyan | خليفة بن زايد | الشيخ خليفة بن زايد; الشيخ خليفة بن زايد آل نهيان; خليفة بن زايد آل نهيان | Sheikh Khalifa
+ HeadOfState AE 2004-11-03 2022-05-13
MohamedBinZayed | Mohamed bin Zayed Al Nahyan | محمد بن زايد | الشيخ محمد بن زايد; محمد بن زايد آل نهيان; الشيخ محمد بن زايد آل نهيان | MBZ
+ HeadOfState AE 2022-05-14
+ CrownPrince AE 2004-11-03 2022-05-14
MohammedBinRashid | Mohammed bin Rashid Al Maktoum | محمد بن راشد | الشيخ محمد بن راشد; محمد بن راشد آل مكتوم; الشيخ محمد بن راشد آل مكتوم | Sheikh Mohammed bin Rashid
+ HeadOfGovernment AE 2006-01-05
+ VicePresident AE 2006-01-05
MansourBinZayed | Mansour bin Zayed Al Nahyan | منصور بن زايد | الشيخ منصور بن زايد
+ VicePresident AE 2023-03-29
KhaledBinMohamedBinZayed | Khaled bin Mohamed bin Zayed | خالد بن محمد بن زايد | الشيخ خالد بن محمد بن زايد
+ CrownPrince AE 2023-03-29
AbdullahBinZayed | Abdullah bin Zayed Al Nahyan | عبد الله بن زايد | الشيخ عبد الله بن زايد; عبد الله بن زايد آل نهيان; عبدالله بن زايد
+ ForeignMinister AE 2006-02-09
AnwarGargash | Anwar Gargash | أنور قرقاش | قرقاش | Gargash
TahnounBinZayed | Tahnoun bin Zayed | طحنون بن زايد | الشيخ طحنون بن زايد
TamimBinHamad | Tamim bin Hamad Al Thani | تميم بن حمد | الشيخ تميم بن حمد; تميم بن حمد آل ثاني; الشيخ تميم بن حمد آل ثاني | Sheikh Tamim
+ HeadOfState QA 2013-06-25
HamadBinKhalifa | Hamad bin Khalifa Al Thani | حمد بن خليفة | الشيخ حمد بن خليفة آل ثاني; حمد بن خليفة آل ثاني
+ HeadOfState QA 1995-06-27 2013-06-25
HamadBinJassim | Hamad bin Jassim Al Thani | حمد بن جاسم | الشيخ حمد بن جاسم; حمد بن جاسم بن جبر آل ثاني
+ HeadOfGovernment QA 2007-04-03 2013-06-26
+ ForeignMinister QA 1992 2013-06-26
AbdullahBinNasserAlThani | Abdullah bin Nasser Al Thani | عبد الله بن ناصر بن خليفة آل ثاني | الشيخ عبد الله بن ناصر; عبد الله بن ناصر آل ثاني
+ HeadOfGovernment QA 2013-06-26 2020-01-28
KhalidBinKhalifaAlThani | Khalid bin Khalifa Al Thani | خالد بن خليفة بن عبد العزيز آل ثاني | الشيخ خالد بن خليفة
+ HeadOfGovernment QA 2020-01-28 2023-03-07
MohammedBinAbdulrahmanAlThani | Mohammed bin Abdulrahman Al Thani | محمد بن عبد الرحمن آل ثاني | الشيخ محمد بن عبد الرحمن آل ثاني; محمد بن عبد الرحمن; الشيخ محمد بن عبدالرحمن آل ثاني; محمد بن عبدالرحمن آل ثاني
+ ForeignMinister QA 2016-01-27
+ HeadOfGovernment QA 2023-03-07
KhalidAlAttiyah | Khalid al-Attiyah | خالد العطية | خالد بن محمد العطية | Attiyah
+ ForeignMinister QA 2013-06-26 2016-01-27
+ DefenseMinister QA 2016-01-27 2024-11-07
MajedAlAnsari | Majed al-Ansari | ماجد الأنصاري | ماجد بن محمد الأنصاري | Majed al-Ansari
+ Spokesperson QatariForeignMinistry 2022-03
SabahAlAhmad | Sabah Al-Ahmad Al-Jaber Al-Sabah | صباح الأحمد الجابر الصباح | الشيخ صباح الأحمد; صباح الأحمد; الشيخ صباح الأحمد الجابر الصباح | Sheikh Sabah
+ HeadOfState KW 2006-01-29 2020-09-29
NawafAlAhmad | Nawaf Al-Ahmad Al-Jaber Al-Sabah | نواف الأحمد الجابر الصباح | الشيخ نواف الأحمد; نواف الأحمد; الشيخ نواف الأحمد الجابر الصباح | Sheikh Nawaf
+ HeadOfState KW 2020-09-29 2023-12-16
+ CrownPrince KW 2006-02-07 2020-09-29
MishalAlAhmad | Mishal Al-Ahmad Al-Jaber Al-Sabah | مشعل الأحمد الجابر الصباح | الشيخ مشعل الأحمد; مشعل الأحمد; الشيخ مشعل الأحمد الجابر الصباح | Sheikh Mishal
+ HeadOfState KW 2023-12-16
+ CrownPrince KW 2020-10-08 2023-12-16
SabahAlKhalidAlHamad | Sabah Al-Khalid Al-Hamad Al-Sabah | صباح الخالد الحمد الصباح | الشيخ صباح الخالد; صباح الخالد | Sheikh Sabah Al-Khalid
+ HeadOfGovernment KW 2019-11-19 2022-07-24
+ ForeignMinister KW 2011-10-18 2019-11-19
+ CrownPrince KW 2024-06-01
JaberAlMubarak | Jaber Al-Mubarak Al-Hamad Al-Sabah | جابر المبارك الحمد الصباح | الشيخ جابر المبارك; جابر المبارك
+ HeadOfGovernment KW 2011-11-30 2019-11-19
HamadBinIsa | Hamad bin Isa Al Khalifa | حمد بن عيسى آل خليفة | الملك حمد بن عيسى; الملك حمد بن عيسى آل خليفة; حمد بن عيسى | King Hamad
+ HeadOfState BH 1999-03-06
SalmanBinHamad | Salman bin Hamad Al Khalifa | سلمان بن حمد آل خليفة | الأمير سلمان بن حمد; سلمان بن حمد; ولي العهد البحريني الأمير سلمان بن حمد
+ CrownPrince BH 1999-03-09
+ HeadOfGovernment BH 2020-11-11
KhalifaBinSalmanAlKhalifa | Khalifa bin Salman Al Khalifa | خليفة بن سلمان آل خليفة | الأمير خليفة بن سلمان; خليفة بن سلمان
+ HeadOfGovernment BH 1971-01-10 2020-11-11
KhalidBinAhmedAlKhalifa | Khalid bin Ahmed Al Khalifa | خالد بن أحمد آل خليفة | الشيخ خالد بن أحمد آل خليفة
+ ForeignMinister BH 2005-09-24 2020-02-11
AbdullatifAlZayani | Abdullatif al-Zayani | عبد اللطيف الزياني | الزياني; عبد اللطيف بن راشد الزياني | Zayani
+ ForeignMinister BH 2020-02-11
+ SecretaryGeneral GCC 2011-04-01 2020-01-31
NayefAlHajraf | Nayef al-Hajraf | نايف الحجرف | الحجرف; نايف فلاح الحجرف | Hajraf
+ SecretaryGeneral GCC 2020-02-01 2023-01-31
JasemAlBudaiwi | Jasem Mohamed Albudaiwi | جاسم محمد البديوي | البديوي; جاسم البديوي | Albudaiwi
+ SecretaryGeneral GCC 2023-02-01
QaboosBinSaid | Qaboos bin Said | قابوس بن سعيد | السلطان قابوس; السلطان قابوس بن سعيد | Sultan Qaboos
+ HeadOfState OM 1970-07-23 2020-01-10
HaithamBinTarik | Haitham bin Tariq | هيثم بن طارق | السلطان هيثم بن طارق; هيثم بن طارق آل سعيد | Sultan Haitham
+ HeadOfState OM 2020-01-11
YusufBinAlawi | Yusuf bin Alawi | يوسف بن علوي | يوسف بن علوي بن عبد الله | bin Alawi
+ ForeignMinister OM 1997 2020-08-18
BadrAlBusaidi | Badr Albusaidi | بدر البوسعيدي | البوسعيدي; بدر بن حمد البوسعيدي | Albusaidi
+ ForeignMinister OM 2020-08-18
# --- Jordan
AbdullahIIOfJordan | Abdullah II of Jordan | الملك عبد الله الثاني | عبد الله الثاني; الملك عبدالله الثاني; العاهل الأردني الملك عبد الله الثاني | King Abdullah II
+ HeadOfState JO 1999-02-07
HusseinBinAbdullah | Crown Prince Hussein bin Abdullah | الأمير الحسين بن عبد الله الثاني | الحسين بن عبد الله الثاني; ولي العهد الأردني الأمير الحسين | Crown Prince Hussein
+ CrownPrince JO 2009-07-02
QueenRania | Queen Rania of Jordan | الملكة رانيا العبد الله | الملكة رانيا | Queen Rania | g=f
NasserJudeh | Nasser Judeh | ناصر جودة | | Judeh
+ ForeignMinister JO 2009-02-23 2017-01-15
AymanSafadi | Ayman Safadi | أيمن الصفدي | الصفدي | Safadi
+ ForeignMinister JO 2017-01-15
AbdullahEnsour | Abdullah Ensour | عبد الله النسور | النسور | Ensour
+ HeadOfGovernment JO 2012-10-11 2016-06-01
HaniMulki | Hani Mulki | هاني الملقي | الملقي | Mulki
+ HeadOfGovernment JO 2016-06-01 2018-06-04
OmarRazzaz | Omar Razzaz | عمر الرزاز | الرزاز | Razzaz
+ HeadOfGovernment JO 2018-06-14 2020-10-12
BisherKhasawneh | Bisher Khasawneh | بشر الخصاونة | الخصاونة | Khasawneh
+ HeadOfGovernment JO 2020-10-12 2024-09-15
JafarHassan | Jafar Hassan | جعفر حسان | | Jafar Hassan
+ HeadOfGovernment JO 2024-09-15
# --- Egypt
HosniMubarak | Hosni Mubarak | حسني مبارك | محمد حسني مبارك | Mubarak
+ HeadOfState EG 1981-10-14 2011-02-11
MohamedMorsi | Mohamed Morsi | محمد مرسي | مرسي; الرئيس محمد مرسي | Morsi
+ HeadOfState EG 2012-06-30 2013-07-03
AdlyMansour | Adly Mansour | عدلي منصور | | Adly Mansour
+ HeadOfState EG 2013-07-04 2014-06-08
AbdelFattahElSisi | Abdel Fattah el-Sisi | عبد الفتاح السيسي | السيسي; عبدالفتاح السيسي; الرئيس عبد الفتاح السيسي | Sisi; el-Sisi
+ HeadOfState EG 2014-06-08
+ DefenseMinister EG 2012-08-12 2014-03-26
HazemElBeblawi | Hazem el-Beblawi | حازم الببلاوي | الببلاوي | Beblawi
+ HeadOfGovernment EG 2013-07-09 2014-03-01
IbrahimMahlab | Ibrahim Mahlab | إبراهيم محلب | محلب | Mahlab
+ HeadOfGovernment EG 2014-03-01 2015-09-19
SherifIsmail | Sherif Ismail | شريف إسماعيل | | Sherif Ismail
+ HeadOfGovernment EG 2015-09-19 2018-06-07
MostafaMadbouly | Mostafa Madbouly | مصطفى مدبولي | مدبولي | Madbouly
+ HeadOfGovernment EG 2018-06-07
NabilFahmy | Nabil Fahmy | نبيل فهمي | | Nabil Fahmy
+ ForeignMinister EG 2013-07-16 2014-06-17
SamehShoukry | Sameh Shoukry | سامح شكري | | Shoukry
+ ForeignMinister EG 2014-06-17 2024-07-03
BadrAbdelatty | Badr Abdelatty | بدر عبد العاطي | عبد العاطي; بدر عبدالعاطي | Abdelatty
+ ForeignMinister EG 2024-07-03
SedkySobhy | Sedki Sobhi | صدقي صبحي | | Sobhy
+ DefenseMinister EG 2014-03-26 2018-06-14
MohamedZaki | Mohamed Ahmed Zaki | محمد زكي | الفريق أول محمد زكي; محمد أحمد زكي | Mohamed Zaki
+ DefenseMinister EG 2018-06-14 2024-07-03
AbdelMegeedSaqr | Abdel Mageed Saqr | عبد المجيد صقر | | Saqr
+ DefenseMinister EG 2024-07-03
AhmedAbuZeid | Ahmed Abu Zeid | أحمد أبو زيد | | Ahmed Abu Zeid
+ Spokesperson EgyptianForeignMinistry 2016 2021
AhmedAbulGheit | Ahmed Aboul Gheit | أحمد أبو الغيط | أبو الغيط; احمد ابو الغيط | Aboul Gheit
+ SecretaryGeneral ArabLeague 2016-07-01
+ ForeignMinister EG 2004-07-14 2011-03-06
NabilElaraby | Nabil Elaraby | نبيل العربي | | Elaraby
+ SecretaryGeneral ArabLeague 2011-07-01 2016-06-30
HossamZaki | Hossam Zaki | حسام زكي | | Hossam Zaki
# --- Libya
MuammarGaddafi | Muammar Gaddafi | معمر القذافي | القذافي; العقيد معمر القذافي | Gaddafi
+ HeadOfState LY 1969-09-01 2011-10-20
SaifAlIslamGaddafi | Saif al-Islam Gaddafi | سيف الإسلام القذافي | سيف الاسلام القذافي
KhalifaHaftar | Khalifa Haftar | خليفة حفتر | حفتر; المشير خليفة حفتر | Haftar
+ Leader LibyanNationalArmy 2014-05
FayezAlSarraj | Fayez al-Sarraj | فايز السراج | السراج | Sarraj
+ HeadOfGovernment LY 2016-03-30 2021-03-15
+ Leader GovernmentOfNationalAccord 2016-03-30 2021-03-15
AbdulHamidDbeibah | Abdul Hamid Dbeibah | عبد الحميد الدبيبة | الدبيبة; عبدالحميد الدبيبة | Dbeibah
+ HeadOfGovernment LY 2021-03-15
+ Leader GovernmentOfNationalUnityLibya 2021-03-15
MohamedAlMenfi | Mohamed al-Menfi | محمد المنفي | المنفي | Menfi
+ HeadOfState LY 2021-03-15
+ Leader LibyanPresidentialCouncil 2021-03-15
AguilaSaleh | Aguila Saleh | عقيلة صالح | المستشار عقيلة صالح | Aguila Saleh
+ Leader LibyanHouseOfRepresentatives 2014-08-05
FathiBashagha | Fathi Bashagha | فتحي باشاغا | باشاغا | Bashagha
+ InteriorMinister LY 2018-10-07 2021-03-15
KhalifaGhwell | Khalifa al-Ghawil | خليفة الغويل | الغويل
# --- Maghreb
AbdelazizBouteflika | Abdelaziz Bouteflika | عبد العزيز بوتفليقة | بوتفليقة | Bouteflika
+ HeadOfState DZ 1999-04-27 2019-04-02
AbdelkaderBensalah | Abdelkader Bensalah | عبد القادر بن صالح | | Bensalah
+ HeadOfState DZ 2019-04-09 2019-12-19
AbdelmadjidTebboune | Abdelmadjid Tebboune | عبد المجيد تبون | تبون | Tebboune
+ HeadOfState DZ 2019-12-19
+ HeadOfGovernment DZ 2017-05-25 2017-08-15
RamtaneLamamra | Ramtane Lamamra | رمطان لعمامرة | لعمامرة | Lamamra
+ ForeignMinister DZ 2013-09-11 2017-05-25
+ ForeignMinister DZ 2021-07-07 2023-03-16
AhmedAttaf | Ahmed Attaf | أحمد عطاف | عطاف | Attaf
+ ForeignMinister DZ 2023-03-16
AhmedGaidSalah | Ahmed Gaid Salah | أحمد قايد صالح | قايد صالح | Gaid Salah
SaidChengriha | Saïd Chengriha | السعيد شنقريحة | شنقريحة; سعيد شنقريحة | Chengriha
MohammedVIOfMorocco | Mohammed VI of Morocco | الملك محمد السادس | محمد السادس; العاهل المغربي الملك محمد السادس | King Mohammed VI
+ HeadOfState MA 1999-07-23
AbdelilahBenkirane | Abdelilah Benkirane | عبد الإله بن كيران | بن كيران; بنكيران; عبد الإله بنكيران | Benkirane
+ HeadOfGovernment MA 2011-11-29 2017-03-17
+ Leader PJD 2008 2017-11
SaadeddineElOthmani | Saadeddine Othmani | سعد الدين العثماني | العثماني | Othmani
+ HeadOfGovernment MA 2017-03-17 2021-10-07
AzizAkhannouch | Aziz Akhannouch | عزيز أخنوش | أخنوش | Akhannouch
+ HeadOfGovernment MA 2021-10-07
NasserBourita | Nasser Bourita | ناصر بوريطة | بوريطة | Bourita
+ ForeignMinister MA 2017-04-05
BrahimGhali | Brahim Ghali | إبراهيم غالي | | Ghali
+ Leader Polisario 2016-07-09
MoncefMarzouki | Moncef Marzouki | المنصف المرزوقي | المرزوقي; منصف المرزوقي | Marzouki
+ HeadOfState TN 2011-12-13 2014-12-31
BejiCaidEssebsi | Beji Caid Essebsi | الباجي قائد السبسي | قائد السبسي; السبسي | Essebsi
+ HeadOfState TN 2014-12-31 2019-07-25
KaisSaied | Kais Saied | قيس سعيد | قيس سعيّد | Saied
+ HeadOfState TN 2019-10-23
RachedGhannouchi | Rached Ghannouchi | راشد الغنوشي | الغنوشي | Ghannouchi
+ Leader Ennahda 1991
YoussefChahed | Youssef Chahed | يوسف الشاهد | | Chahed
+ HeadOfGovernment TN 2016-08-27 2020-02-27
HichemMechichi | Hichem Mechichi | هشام المشيشي | المشيشي | Mechichi
+ HeadOfGovernment TN 2020-09-02 2021-07-25
NajlaBouden | Najla Bouden | نجلاء بودن | نجلاء بودن رمضان | Bouden | g=f
+ HeadOfGovernment TN 2021-10-11 2023-08-01
MohamedOuldAbdelAziz | Mohamed Ould Abdel Aziz | محمد ولد عبد العزيز | ولد عبد العزيز
+ HeadOfState MR 2009-08-05 2019-08-01
MohamedOuldGhazouani | Mohamed Ould Ghazouani | محمد ولد الشيخ الغزواني | الغزواني; محمد ولد الغزواني | Ghazouani
+ HeadOfState MR 2019-08-01
# --- Sudan / South Sudan / Horn
OmarAlBashir | Omar al-Bashir | عمر البشير | عمر حسن البشير | Bashir
+ HeadOfState SD 1989-06-30 2019-04-11
AbdelFattahAlBurhan | Abdel Fattah al-Burhan | عبد الفتاح البرهان | البرهان; الفريق أول عبد الفتاح البرهان; عبدالفتاح البرهان | Burhan
+ HeadOfState SD 2019-04-12
+ Leader SovereigntyCouncil 2019-08-21
MohamedHamdanDagalo | Mohamed Hamdan Dagalo | محمد حمدان دقلو | حميدتي; دقلو; محمد حمدان دقلو حميدتي | Hemedti
+ Leader RapidSupportForces 2013
AbdallaHamdok | Abdalla Hamdok | عبد الله حمدوك | حمدوك | Hamdok
+ HeadOfGovernment SD 2019-08-21 2022-01-02
KamilIdris | Kamil Idris | كامل إدريس | | Kamil Idris
+ HeadOfGovernment SD 2025-05-31
SalvaKiir | Salva Kiir | سلفا كير | سلفاكير; سلفا كير ميارديت | Salva Kiir
+ HeadOfState SS 2011-07-09
AbiyAhmed | Abiy Ahmed | آبي أحمد | آبي أحمد علي | Abiy
+ HeadOfGovernment ET 2018-04-02
IsaiasAfwerki | Isaias Afwerki | أسياس أفورقي | أفورقي; إسياس أفورقي | Afwerki
+ HeadOfState ER 1993-05-24
HassanSheikhMohamud | Hassan Sheikh Mohamud | حسن شيخ محمود | | Hassan Sheikh
+ HeadOfState SO 2012-09-16 2017-02-16
+ HeadOfState SO 2022-05-23
MohamedAbdullahiFarmaajo | Mohamed Abdullahi Farmaajo | محمد عبد الله فرماجو | فرماجو; محمد عبدالله فرماجو | Farmaajo
+ HeadOfState SO 2017-02-16 2022-05-23
# --- Turkey (more)
NumanKurtulmus | Numan Kurtulmuş | نعمان كورتولموش | كورتولموش; نعمان قورتولموش | Kurtulmus
+ Leader TurkishParliament 2023-06-07
MustafaSentop | Mustafa Şentop | مصطفى شنطوب | شنطوب | Sentop
+ Leader TurkishParliament 2019-02-24 2023-06-07
BulentArinc | Bülent Arınç | بولنت أرينتش | أرينتش | Arinc
NureddinNebati | Nureddin Nebati | نور الدين نباتي | | Nebati
+ FinanceMinister TR 2021-12-02 2023-06-04
LutfiElvan | Lütfi Elvan | لطفي إلوان | | Lutfi Elvan
+ FinanceMinister TR 2020-11-09 2021-12-02
NajiAgbal | Naci Ağbal | ناجي أغبال | أغبال | Agbal
+ FinanceMinister TR 2015-11-24 2018-07-09
FikriIsik | Fikri Işık | فكري إشيق | | Fikri Isik
+ DefenseMinister TR 2016-05-24 2017-07-19
NurettinCanikli | Nurettin Canikli | نور الدين جانيكلي | جانيكلي | Canikli
+ DefenseMinister TR 2017-07-19 2018-07-10
EfkanAla | Efkan Ala | أفكان آلا | | Efkan Ala
+ InteriorMinister TR 2013-12-26 2015-08-28
+ InteriorMinister TR 2015-11-24 2016-08-31
BekirBozdag | Bekir Bozdağ | بكر بوزداغ | بوزداغ | Bozdag
AbdulhamitGul | Abdulhamit Gül | عبد الحميد غل | عبد الحميد جول | Abdulhamit Gul
MeralAksener | Meral Akşener | ميرال أكشنار | أكشنار; ميرال أقشنار | Aksener | g=f
+ Leader IYIParty 2017-10-25 2024-04-27
SelahattinDemirtas | Selahattin Demirtaş | صلاح الدين دميرطاش | دميرطاش | Demirtas
+ Leader HDP 2014-06-22 2018-02-11
AliBabacan | Ali Babacan | علي باباجان | باباجان | Babacan
MansurYavas | Mansur Yavaş | منصور يافاش | يافاش | Yavas
FahrettinAltun | Fahrettin Altun | فخر الدين ألطون | ألطون; فخر الدين آلتون | Altun
AliErbas | Ali Erbaş | علي أرباش | أرباش | Erbas
EmineErdogan | Emine Erdoğan | أمينة أردوغان | | Emine Erdogan | g=f
AhmetUzumcu | Ahmet Üzümcü | أحمد أوزومجو | أوزومجو | Uzumcu
+ Leader OPCW 2010-07-25 2018-07-24
MuratKarayilan | Murat Karayılan | مراد قره يلان | قره يلان; مراد قرايلان | Karayilan
CemilBayik | Cemil Bayık | جميل بايك | | Bayik
DuranKalkan | Duran Kalkan | دوران كالكان | | Kalkan
# --- Iran (more)
MohammadKhatami | Mohammad Khatami | محمد خاتمي | خاتمي | Khatami
+ HeadOfState IR 1997-08-03 2005-08-03
AkbarHashemiRafsanjani | Akbar Hashemi Rafsanjani | أكبر هاشمي رفسنجاني | رفسنجاني; هاشمي رفسنجاني; علي أكبر هاشمي رفسنجاني | Rafsanjani
MirHosseinMousavi | Mir-Hossein Mousavi | مير حسين موسوي | | Mousavi
MehdiKarroubi | Mehdi Karroubi | مهدي كروبي | كروبي | Karroubi
SadeghLarijani | Sadegh Larijani | صادق لاريجاني | صادق آملي لاريجاني | Sadegh Amoli Larijani
GholamHosseinMohseniEjei | Gholam-Hossein Mohseni-Eje'i | غلام حسين محسني إيجئي | محسني إيجئي; غلام حسين محسني ايجئي | Mohseni-Ejei
AhmadJannati | Ahmad Jannati | أحمد جنتي | | Jannati
+ Leader GuardianCouncil 1988
AbdolrahimMousavi | Abdolrahim Mousavi | عبد الرحيم موسوي | | Abdolrahim Mousavi
+ Leader IranianArmedForces 2025-06-13
GholamAliRashid | Gholam Ali Rashid | غلام علي رشيد | | Gholam Ali Rashid
AmirAliHajizadeh | Amir Ali Hajizadeh | أمير علي حاجي زاده | حاجي زاده; أمير علي حاجيزاده | Hajizadeh
YahyaRahimSafavi | Yahya Rahim Safavi | يحيى رحيم صفوي | رحيم صفوي | Safavi
MohsenRezaei | Mohsen Rezaei | محسن رضائي | | Mohsen Rezaei
SaeedJalili | Saeed Jalili | سعيد جليلي | | Jalili
AliAkbarVelayati | Ali Akbar Velayati | علي أكبر ولايتي | | Velayati
KamalKharrazi | Kamal Kharrazi | كمال خرازي | خرازي | Kharrazi
AliAkbarAhmadian | Ali Akbar Ahmadian | علي أكبر أحمديان | أحمديان | Ahmadian
MahmoudVaezi | Mahmoud Vaezi | محمود واعظي | | Vaezi
AliRabiei | Ali Rabiei | علي ربيعي | | Ali Rabiei
AbdolrezaRahmaniFazli | Abdolreza Rahmani Fazli | عبد الرضا رحماني فضلي | رحماني فضلي | Rahmani Fazli
+ InteriorMinister IR 2013-10-27 2021-08-25
AhmadVahidi | Ahmad Vahidi | أحمد وحيدي | | Vahidi
+ InteriorMinister IR 2021-08-25 2024-08-21
+ DefenseMinister IR 2009-09-03 2013-08-15
EskandarMomeni | Eskandar Momeni | إسكندر مؤمني | | Momeni
+ InteriorMinister IR 2024-08-21
BijanZangeneh | Bijan Zangeneh | بيجن زنغنه | زنغنه; بيجن نامدار زنغنه | Zanganeh
+ Leader IranianOilMinistry 2013-08-15 2021-08-25
JavadOwji | Javad Owji | جواد أوجي | أوجي | Owji
+ Leader IranianOilMinistry 2021-08-25 2024-08-21
MohsenPaknejad | Mohsen Paknejad | محسن باك نجاد | باك نجاد | Paknejad
+ Leader IranianOilMinistry 2024-08-21
MohammadRezaAref | Mohammad Reza Aref | محمد رضا عارف | | Aref
+ VicePresident IR 2024-07-28
KazemGharibabadi | Kazem Gharibabadi | كاظم غريب آبادي | غريب آبادي | Gharibabadi
MajidTakhtRavanchi | Majid Takht-Ravanchi | مجيد تخت روانجي | تخت روانجي | Takht-Ravanchi
AmirSaeedIravani | Amir Saeid Iravani | أمير سعيد إيرواني | إيرواني | Iravani
AlirezaTangsiri | Alireza Tangsiri | علي رضا تنكسيري | تنكسيري | Tangsiri
EsmaeilKhatib | Esmaeil Khatib | إسماعيل خطيب | | Khatib
MahmoudAlavi | Mahmoud Alavi | محمود علوي | | Mahmoud Alavi
NargesMohammadi | Narges Mohammadi | نرجس محمدي | | Narges Mohammadi | g=f
RezaPahlavi | Reza Pahlavi | رضا بهلوي | | Reza Pahlavi
MahsaAmini | Mahsa Amini | مهسا أميني | مهسا اميني; جينا أميني | Mahsa Amini | g=f
NaserMakaremShirazi | Naser Makarem Shirazi | ناصر مكارم الشيرازي | مكارم شيرازي; ناصر مكارم شيرازي | Makarem Shirazi
HassanKhomeini | Hassan Khomeini | حسن الخميني | | Hassan Khomeini
# --- Israel (more)
YarivLevin | Yariv Levin | ياريف ليفين | | Yariv Levin
AryehDeri | Aryeh Deri | أرييه درعي | آرييه درعي | Deri
+ InteriorMinister IL 2016-01-11 2021-06-13
AyeletShaked | Ayelet Shaked | أييليت شاكيد | شاكيد; إيليت شاكيد | Shaked | g=f
+ InteriorMinister IL 2021-06-13 2022-12-29
TzipiLivni | Tzipi Livni | تسيبي ليفني | ليفني | Livni | g=f
RonDermer | Ron Dermer | رون ديرمر | ديرمر | Dermer
TzachiHanegbi | Tzachi Hanegbi | تساحي هنغبي | هنغبي | Hanegbi
MeirBenShabbat | Meir Ben-Shabbat | مئير بن شبات | بن شبات | Ben-Shabbat
AmirOhana | Amir Ohana | أمير أوحانا | أوحانا | Ohana
+ Leader Knesset 2022-12-29
YuliEdelstein | Yuli Edelstein | يولي إدلشتاين | إدلشتاين | Edelstein
+ Leader Knesset 2013-03-18 2020-03-25
MansourAbbas | Mansour Abbas | منصور عباس | | Mansour Abbas
AymanOdeh | Ayman Odeh | أيمن عودة | | Ayman Odeh
AhmadTibi | Ahmad Tibi | أحمد الطيبي | | Tibi
GiladErdan | Gilad Erdan | جلعاد إردان | إردان; جلعاد أردان | Erdan
DannyDanon | Danny Danon | داني دانون | | Danon
TamirPardo | Tamir Pardo | تامير باردو | | Pardo
+ Leader Mossad 2011-01-01 2016-01-05
NadavArgaman | Nadav Argaman | نداف أرغمان | أرغمان | Argaman
+ Leader ShinBet 2016-05-08 2021-10-13
AmosYadlin | Amos Yadlin | عاموس يادلين | يادلين | Yadlin
MosheKahlon | Moshe Kahlon | موشيه كحلون | كحلون | Kahlon
+ FinanceMinister IL 2015-05-14 2020-05-17
YuvalSteinitz | Yuval Steinitz | يوفال شتاينتس | شتاينتس | Steinitz
+ FinanceMinister IL 2009-03-31 2013-03-18
YairGolan | Yair Golan | يائير غولان | | Yair Golan
MiriRegev | Miri Regev | ميري ريغيف | ريغيف | Regev | g=f
SaraNetanyahu | Sara Netanyahu | سارة نتنياهو | | Sara Netanyahu | g=f
ArielSharon | Ariel Sharon | أرييل شارون | آرييل شارون | Sharon
+ HeadOfGovernment IL 2001-03-07 2006-04-14
# --- Palestine (more)
SaebErekat | Saeb Erekat | صائب عريقات | عريقات | Erekat
AzzamAlAhmad | Azzam al-Ahmad | عزام الأحمد | | Azzam al-Ahmad
MahmoudAlAloul | Mahmoud al-Aloul | محمود العالول | العالول | Aloul
MajedFaraj | Majed Faraj | ماجد فرج | | Majed Faraj
HananAshrawi | Hanan Ashrawi | حنان عشراوي | عشراوي | Ashrawi | g=f
MustafaBarghouti | Mustafa Barghouti | مصطفى البرغوثي | | Mustafa Barghouti
NasserAlQudwa | Nasser al-Qudwa | ناصر القدوة | | al-Qudwa
RiyadMansour | Riyad Mansour | رياض منصور | | Riyad Mansour
RawhiFattouh | Rawhi Fattouh | روحي فتوح | | Fattouh
HusamBadran | Husam Badran | حسام بدران | | Badran
BasemNaim | Basem Naim | باسم نعيم | | Basem Naim
OsamaHamdan | Osama Hamdan | أسامة حمدان | | Osama Hamdan
IzzatAlRishq | Izzat al-Rishq | عزت الرشق | | Rishq
ZaherJabarin | Zaher Jabarin | زاهر جبارين | | Jabarin
MahmoudAlZahar | Mahmoud al-Zahar | محمود الزهار | | Zahar
GhaziHamad | Ghazi Hamad | غازي حمد | | Ghazi Hamad
MarwanIssa | Marwan Issa | مروان عيسى | | Marwan Issa
EzzedineAlHaddad | Ezzedine al-Haddad | عز الدين الحداد | | al-Haddad
RawhiMushtaha | Rawhi Mushtaha | روحي مشتهى | | Mushtaha
MohammedAlHindi | Mohammed al-Hindi | محمد الهندي | | al-Hindi
DaoudShehab | Daoud Shehab | داود شهاب | | Daoud Shehab
IkrimaSabri | Ikrima Sabri | عكرمة صبري | الشيخ عكرمة صبري | Ikrima Sabri
RaedSalah | Raed Salah | رائد صلاح | الشيخ رائد صلاح | Raed Salah
# --- Lebanon (more)
EliasBouSaab | Elias Bou Saab | الياس بو صعب | إلياس بو صعب | Bou Saab
MohammadRaad | Mohammad Raad | محمد رعد | | Mohammad Raad
WafiqSafa | Wafiq Safa | وفيق صفا | | Wafiq Safa
MohammadAfif | Mohammad Afif | محمد عفيف | | Mohammad Afif
+ Spokesperson Hezbollah 2014 2024-11-17
ImadMughniyeh | Imad Mughniyeh | عماد مغنية | | Mughniyeh
MustafaBadreddine | Mustafa Badreddine | مصطفى بدر الدين | | Badreddine
FuadShukr | Fuad Shukr | فؤاد شكر | | Fuad Shukr
IbrahimAqil | Ibrahim Aqil | إبراهيم عقيل | | Ibrahim Aqil
SamiGemayel | Sami Gemayel | سامي الجميل | | Sami Gemayel
+ Leader KataebParty 2015-06-14
AminGemayel | Amine Gemayel | أمين الجميل | | Amine Gemayel
SuleimanFrangieh | Suleiman Frangieh | سليمان فرنجية | فرنجية | Frangieh
+ Leader MaradaMovement
FouadSiniora | Fouad Siniora | فؤاد السنيورة | السنيورة | Siniora
+ HeadOfGovernment LB 2005-07-19 2009-11-09
TarekBitar | Tarek Bitar | طارق البيطار | القاضي طارق البيطار | Bitar
AbbasIbrahim | Abbas Ibrahim | عباس إبراهيم | اللواء عباس إبراهيم | Abbas Ibrahim
BecharaAlRahi | Bechara Boutros al-Rahi | بشارة بطرس الراعي | البطريرك الراعي; البطريرك بشارة الراعي; البطريرك بشارة بطرس الراعي | Patriarch al-Rahi
AbdulLatifDerian | Abdul Latif Derian | عبد اللطيف دريان | الشيخ عبد اللطيف دريان; المفتي دريان | Derian
MohammadHusseinFadlallah | Mohammad Hussein Fadlallah | محمد حسين فضل الله | السيد محمد حسين فضل الله | Fadlallah
RodolpheHaykal | Rodolphe Haykal | رودولف هيكل | العماد رودولف هيكل | Haykal
+ Leader LebaneseArmedForces 2025-03-13
NouhadMachnouk | Nouhad Machnouk | نهاد المشنوق | | Machnouk
+ InteriorMinister LB 2014-02-15 2019-01-31
RayaElHassan | Raya El Hassan | ريا الحسن | | Raya El Hassan | g=f
+ InteriorMinister LB 2019-01-31 2020-01-21
BassamMawlawi | Bassam Mawlawi | بسام المولوي | | Mawlawi
+ InteriorMinister LB 2021-09-10 2025-02-08
AhmadHajjar | Ahmad al-Hajjar | أحمد الحجار | | al-Hajjar
+ InteriorMinister LB 2025-02-08
AliHassanKhalil | Ali Hassan Khalil | علي حسن خليل | | Ali Hassan Khalil
+ FinanceMinister LB 2014-02-15 2020-01-21
GhaziWazni | Ghazi Wazni | غازي وزني | | Wazni
+ FinanceMinister LB 2020-01-21 2021-09-10
YoussefKhalil | Youssef Khalil | يوسف خليل | | Youssef Khalil
+ FinanceMinister LB 2021-09-10 2025-02-08
YassineJaber | Yassine Jaber | ياسين جابر | | Yassine Jaber
+ FinanceMinister LB 2025-02-08
MauriceSlim | Maurice Slim | موريس سليم | | Maurice Slim
+ DefenseMinister LB 2021-09-10 2025-02-08
MichelMenassa | Michel Menassa | ميشال منسى | | Menassa
+ DefenseMinister LB 2025-02-08
NassifHitti | Nassif Hitti | ناصيف حتي | | Hitti
+ ForeignMinister LB 2020-01-21 2020-08-03
# --- Syria (more)
RamiMakhlouf | Rami Makhlouf | رامي مخلوف | | Makhlouf
AliMamlouk | Ali Mamlouk | علي مملوك | | Mamlouk
SuheilAlHassan | Suheil al-Hassan | سهيل الحسن | | Suheil al-Hassan
LunaAlShibl | Luna al-Shibl | لونا الشبل | | Luna al-Shibl | g=f
HammoudaSabbagh | Hammouda Sabbagh | حمودة صباغ | | Sabbagh
RiadHijab | Riad Hijab | رياض حجاب | | Hijab
+ HeadOfGovernment SY 2012-06-23 2012-08-06
RiadSeif | Riad Seif | رياض سيف | | Riad Seif
NasrAlHariri | Nasr al-Hariri | نصر الحريري | | Nasr al-Hariri
AnasAlAbdah | Anas al-Abdah | أنس العبدة | العبدة | al-Abdah
HadiAlBahra | Hadi al-Bahra | هادي البحرة | | al-Bahra
+ Leader SyrianNationalCoalition 2023-09
KhaledKhoja | Khaled Khoja | خالد خوجة | | Khoja
MoazAlKhatib | Moaz al-Khatib | معاذ الخطيب | | Moaz al-Khatib
BurhanGhalioun | Burhan Ghalioun | برهان غليون | | Ghalioun
MohammadAlloush | Mohammad Alloush | محمد علوش | | Mohammad Alloush
SalimIdris | Salim Idris | سليم إدريس | | Salim Idris
RiadAlAsaad | Riad al-Asaad | رياض الأسعد | العقيد رياض الأسعد | Riad al-Asaad
IlhamAhmed | Ilham Ahmed | إلهام أحمد | | Ilham Ahmed | g=f
SalihMuslim | Salih Muslim | صالح مسلم | | Salih Muslim
+ Leader PYD 2010 2017-09
FarhadShami | Farhad Shami | فرهاد شامي | | Farhad Shami
+ Spokesperson SyrianDemocraticForces
RaedAlSaleh | Raed al-Saleh | رائد الصالح | | Raed al-Saleh
+ Leader WhiteHelmets 2014
RamiAbdulrahman | Rami Abdulrahman | رامي عبد الرحمن | مدير المرصد السوري رامي عبد الرحمن | Rami Abdel Rahman
+ Leader SOHR 2006
AhmadBadreddinHassoun | Ahmad Badreddin Hassoun | أحمد بدر الدين حسون | الشيخ أحمد حسون; المفتي حسون | Hassoun
OsamaAlRifai | Osama al-Rifai | أسامة الرفاعي | الشيخ أسامة الرفاعي | Osama al-Rifai
MohammadAlShaar | Mohammad al-Shaar | محمد الشعار | | al-Shaar
+ InteriorMinister SY 2011-04-14 2018-11-26
MohammadKhaledAlRahmoun | Mohammad Khaled al-Rahmoun | محمد خالد الرحمون | الرحمون | al-Rahmoun
+ InteriorMinister SY 2018-11-26 2024-12-08
EssamAlBuwaydhani | Essam al-Buwaydhani | عصام البويضاني | البويضاني | Buwaydhani
+ Leader JaishAlIslam 2015-12
AbuAlHasanAlQurashi | Abu al-Hasan al-Hashimi al-Qurashi | أبو الحسن الهاشمي القرشي | | Abu al-Hasan al-Qurashi
+ Leader IslamicState 2022-03-10 2022-10-15
AbuAlHusseinAlQurashi | Abu al-Hussein al-Husseini al-Qurashi | أبو الحسين الحسيني القرشي | | Abu al-Hussein al-Qurashi
+ Leader IslamicState 2022-11-30 2023-04-29
AbuHafsAlQurashi | Abu Hafs al-Hashimi al-Qurashi | أبو حفص الهاشمي القرشي | | Abu Hafs al-Qurashi
+ Leader IslamicState 2023-08-03
AbuMusabAlZarqawi | Abu Musab al-Zarqawi | أبو مصعب الزرقاوي | الزرقاوي | Zarqawi
AbuHamzaAlQurashi | Abu Hamza al-Qurashi | أبو حمزة القرشي | | Abu Hamza al-Qurashi
+ Spokesperson IslamicState 2019-10 2022
HamzaBinLaden | Hamza bin Laden | حمزة بن لادن | | Hamza bin Laden
SaifAlAdel | Saif al-Adel | سيف العدل | | Saif al-Adel
NasserAlWuhayshi | Nasir al-Wuhayshi | ناصر الوحيشي | الوحيشي | Wuhayshi
+ Leader AQAP 2009-01 2015-06-12
QasimAlRaymi | Qasim al-Raymi | قاسم الريمي | الريمي | Raymi
+ Leader AQAP 2015-06 2020-01
KhalidBatarfi | Khalid Batarfi | خالد باطرفي | باطرفي | Batarfi
+ Leader AQAP 2020-02 2024-03
AnwarAlAwlaki | Anwar al-Awlaki | أنور العولقي | العولقي | Awlaki
# --- Iraq (more)
AyadAllawi | Ayad Allawi | إياد علاوي | | Allawi
OsamaAlNujaifi | Osama al-Nujaifi | أسامة النجيفي | | Nujaifi
+ Leader IraqiParliament 2010-11-11 2014-07-15
SalimAlJabouri | Salim al-Jabouri | سليم الجبوري | | al-Jabouri
+ Leader IraqiParliament 2014-07-15 2018-09-03
MohamedAlHalbousi | Mohamed al-Halbousi | محمد الحلبوسي | الحلبوسي | Halbousi
+ Leader IraqiParliament 2018-09-15 2023-11-14
MahmoudAlMashhadani | Mahmoud al-Mashhadani | محمود المشهداني | | Mashhadani
+ Leader IraqiParliament 2024-10-31
KhamisAlKhanjar | Khamis al-Khanjar | خميس الخنجر | | Khanjar
AliAlSistani | Ali al-Sistani | علي السيستاني | السيستاني; آية الله علي السيستاني; المرجع الشيعي علي السيستاني; آية الله السيستاني; السيد علي السيستاني | Sistani
KhaledAlObaidi | Khaled al-Obaidi | خالد العبيدي | | Khaled al-Obaidi
+ DefenseMinister IQ 2014-10-18 2016-08-25
ErfanAlHiyali | Erfan al-Hiyali | عرفان الحيالي | الحيالي | Hiyali
+ DefenseMinister IQ 2017-01-30 2018-10-25
NajahAlShammari | Najah al-Shammari | نجاح الشمري | | Najah al-Shammari
+ DefenseMinister IQ 2019-06-24 2020-05-07
JumaInad | Juma Inad | جمعة عناد | | Juma Inad
+ DefenseMinister IQ 2020-05-07 2022-10-27
ThabetAlAbbasi | Thabet al-Abbasi | ثابت العباسي | | Thabet al-Abbasi
+ DefenseMinister IQ 2022-10-27
QasimAlAraji | Qasim al-Araji | قاسم الأعرجي | الأعرجي | Araji
+ InteriorMinister IQ 2017-01-30 2018-10-25
OthmanAlGhanmi | Othman al-Ghanmi | عثمان الغانمي | الغانمي | Ghanmi
+ InteriorMinister IQ 2020-05-07 2022-10-27
AbdulAmirAlShammari | Abdul Amir al-Shammari | عبد الأمير الشمري | | Abdul Amir al-Shammari
+ InteriorMinister IQ 2022-10-27
AliAllawi | Ali Allawi | علي علاوي | علي عبد الأمير علاوي | Ali Allawi
+ FinanceMinister IQ 2020-05-07 2022-08-16
TaifSami | Taif Sami | طيف سامي | | Taif Sami | g=f
+ FinanceMinister IQ 2022-10-27
IhsanAbdulJabbar | Ihsan Abdul Jabbar | إحسان عبد الجبار | | Ihsan Abdul Jabbar
+ Leader IraqiOilMinistry 2020-05-07 2022-10-27
HayanAbdulGhani | Hayan Abdul Ghani | حيان عبد الغني | | Hayan Abdul Ghani
+ Leader IraqiOilMinistry 2022-10-27
AkramAlKaabi | Akram al-Kaabi | أكرم الكعبي | | Kaabi
+ Leader HarakatAlNujaba 2013
AbuFadakAlMohammedawi | Abu Fadak al-Mohammedawi | أبو فدك المحمداوي | | Abu Fadak
RayanAlKildani | Rayan al-Kildani | ريان الكلداني | | Kildani
BafelTalabani | Bafel Talabani | بافل طالباني | | Bafel Talabani
+ Leader PUK 2020
QubadTalabani | Qubad Talabani | قوباد طالباني | | Qubad Talabani
LouisSako | Louis Raphaël Sako | لويس روفائيل ساكو | البطريرك ساكو; البطريرك لويس ساكو; الكاردينال لويس ساكو; لويس ساكو | Patriarch Sako
YahyaRasool | Yahya Rasool | يحيى رسول | اللواء يحيى رسول | Yahya Rasool
+ Spokesperson IraqiArmedForces
# --- Yemen (more)
AhmedAliAbdullahSaleh | Ahmed Ali Abdullah Saleh | أحمد علي عبد الله صالح | أحمد علي صالح | Ahmed Ali Saleh
TareqSaleh | Tareq Saleh | طارق صالح | طارق محمد عبد الله صالح | Tareq Saleh
SultanAlArada | Sultan al-Arada | سلطان العرادة | العرادة | Arada
AbdulazizBinHabtour | Abdulaziz bin Habtour | عبد العزيز بن حبتور | بن حبتور | bin Habtour
AhmedAlRahawi | Ahmed al-Rahawi | أحمد الرهوي | الرهوي | Rahawi
AbdulkarimAlGhamari | Abdulkarim al-Ghamari | عبد الكريم الغماري | الغماري | Ghamari
HusseinAlEzzi | Hussein al-Ezzi | حسين العزي | | al-Ezzi
HusseinBadreddinAlHouthi | Hussein Badreddin al-Houthi | حسين بدر الدين الحوثي | | Hussein al-Houthi
+ Leader Houthis 1994 2004-09-10
MohammedAlBukhaiti | Mohammed al-Bukhaiti | محمد البخيتي | البخيتي | Bukhaiti
HezamAlAsad | Hezam al-Asad | حزام الأسد | | Hezam al-Asad
AbdulqaderAlMurtada | Abdulqader al-Murtada | عبد القادر المرتضى | | al-Murtada
KhaledAlYamani | Khaled al-Yamani | خالد اليماني | | al-Yamani
+ ForeignMinister YE 2018-05-24 2019-06-10
MohammedAlHadhrami | Mohammed al-Hadhrami | محمد الحضرمي | | al-Hadhrami
+ ForeignMinister YE 2019-06-10 2020-12-18
ShayaAlZindani | Shaya al-Zindani | شائع الزنداني | | Zindani
+ ForeignMinister YE 2024-03-06
FarajAlBahsani | Faraj al-Bahsani | فرج البحسني | البحسني | Bahsani
HaniBinBreik | Hani bin Breik | هاني بن بريك | | Hani bin Breik
AhmedAlMaisari | Ahmed al-Maisari | أحمد الميسري | الميسري | Maisari
+ InteriorMinister YE 2017-12 2020-12-18
IbrahimHaydan | Ibrahim Haydan | إبراهيم حيدان | حيدان | Haydan
+ InteriorMinister YE 2020-12-18
# --- Saudi Arabia (more)
TurkiAlFaisal | Turki al-Faisal | تركي الفيصل | الأمير تركي الفيصل | Prince Turki al-Faisal
BandarBinSultan | Bandar bin Sultan | بندر بن سلطان | الأمير بندر بن سلطان | Prince Bandar
AlwaleedBinTalal | Alwaleed bin Talal | الوليد بن طلال | الأمير الوليد بن طلال | Prince Alwaleed
ReemaBintBandar | Reema bint Bandar | ريما بنت بندر | الأميرة ريما بنت بندر | Princess Reema | g=f
AliAlNaimi | Ali al-Naimi | علي النعيمي | | Ali al-Naimi
+ Leader SaudiEnergyMinistry 1995-08 2016-05-07
TurkiAlSheikh | Turki Al-Sheikh | تركي آل الشيخ | | Turki Alalshikh
NayefBinAbdulaziz | Nayef bin Abdulaziz | نايف بن عبد العزيز | الأمير نايف بن عبد العزيز; الأمير نايف بن عبدالعزيز | Prince Nayef
+ CrownPrince SA 2011-10-27 2012-06-16
+ InteriorMinister SA 1975 2012-06-16
SultanBinAbdulaziz | Sultan bin Abdulaziz | سلطان بن عبد العزيز | الأمير سلطان بن عبد العزيز; الأمير سلطان بن عبدالعزيز | Prince Sultan
+ CrownPrince SA 2005-08-01 2011-10-22
+ DefenseMinister SA 1962 2011-10-22
AhmedBinAbdulaziz | Ahmed bin Abdulaziz | أحمد بن عبد العزيز | الأمير أحمد بن عبد العزيز | Prince Ahmed bin Abdulaziz
+ InteriorMinister SA 2012-06-18 2012-11-05
KhalidAlFaisal | Khalid al-Faisal | خالد الفيصل | الأمير خالد الفيصل | Prince Khalid al-Faisal
SaudAlQahtani | Saud al-Qahtani | سعود القحطاني | | Saud al-Qahtani
JamalKhashoggi | Jamal Khashoggi | جمال خاشقجي | خاشقجي | Khashoggi
AbdulazizAlAlSheikh | Abdulaziz Al ash-Sheikh | عبد العزيز آل الشيخ | مفتي المملكة عبد العزيز آل الشيخ; الشيخ عبد العزيز آل الشيخ | Grand Mufti Abdulaziz Al ash-Sheikh
AbdullahAlSheikhShura | Abdullah Al ash-Sheikh | عبد الله آل الشيخ | عبد الله بن محمد آل الشيخ | Abdullah Al ash-Sheikh
AbdallahAlMouallimi | Abdallah al-Mouallimi | عبد الله المعلمي | المعلمي | al-Mouallimi
MusaedAlAiban | Musaed al-Aiban | مساعد العيبان | العيبان | al-Aiban
YasirAlRumayyan | Yasir Al-Rumayyan | ياسر الرميان | الرميان | Al-Rumayyan
+ Leader PIF 2015-09
MohammedAlIssa | Mohammad al-Issa | محمد العيسى | الشيخ محمد العيسى; محمد بن عبد الكريم العيسى | Mohammad Al-Issa
+ SecretaryGeneral MuslimWorldLeague 2016-08
AbdulRahmanAlSudais | Abdul Rahman al-Sudais | عبد الرحمن السديس | السديس; الشيخ عبد الرحمن السديس | Sudais
# --- UAE, Qatar, Kuwait, Bahrain, Oman (more)
HamdanBinMohammed | Hamdan bin Mohammed bin Rashid | حمدان بن محمد بن راشد | الشيخ حمدان بن محمد بن راشد; حمدان بن محمد بن راشد آل مكتوم | Sheikh Hamdan
+ DefenseMinister AE 2024-07-14
SaifBinZayed | Saif bin Zayed Al Nahyan | سيف بن زايد | الشيخ سيف بن زايد; سيف بن زايد آل نهيان | Sheikh Saif bin Zayed
+ InteriorMinister AE 2004-11
SultanAlJaber | Sultan Al Jaber | سلطان الجابر | سلطان أحمد الجابر | Sultan Al Jaber
+ Leader ADNOC 2016-02
ReemAlHashimy | Reem Al Hashimy | ريم الهاشمي | | Reem Al Hashimy | g=f
LanaNusseibeh | Lana Nusseibeh | لانا نسيبة | | Lana Nusseibeh | g=f
DhahiKhalfan | Dhahi Khalfan | ضاحي خلفان | الفريق ضاحي خلفان | Dhahi Khalfan
FatimaBintMubarak | Fatima bint Mubarak | فاطمة بنت مبارك | الشيخة فاطمة بنت مبارك | Sheikha Fatima | g=f
ZayedBinSultan | Zayed bin Sultan Al Nahyan | زايد بن سلطان آل نهيان | الشيخ زايد بن سلطان آل نهيان; الشيخ زايد بن سلطان | Sheikh Zayed
+ HeadOfState AE 1971-12-02 2004-11-02
MohammedAlKhulaifi | Mohammed bin Abdulaziz Al-Khulaifi | محمد بن عبد العزيز الخليفي | محمد الخليفي | Mohammed Al-Khulaifi
LolwahAlKhater | Lolwah Al-Khater | لولوة الخاطر | لولوة راشد الخاطر | Lolwah Al-Khater | g=f
+ Spokesperson QatariForeignMinistry 2017 2022
SheikhaMoza | Sheikha Moza bint Nasser | موزا بنت ناصر | الشيخة موزا بنت ناصر; الشيخة موزا | Sheikha Moza | g=f
SaoudBinAbdulrahmanAlThani | Saoud bin Abdulrahman Al Thani | سعود بن عبد الرحمن آل ثاني | الشيخ سعود بن عبد الرحمن آل ثاني | Sheikh Saoud bin Abdulrahman
+ DefenseMinister QA 2024-11-07
KhalifaBinHamadAlThani | Khalifa bin Hamad bin Khalifa Al Thani | خليفة بن حمد بن خليفة آل ثاني | الشيخ خليفة بن حمد بن خليفة آل ثاني | Sheikh Khalifa bin Hamad
+ InteriorMinister QA 2023-03-07
MutlaqAlQahtani | Mutlaq Al-Qahtani | مطلق القحطاني | مطلق بن ماجد القحطاني | Mutlaq Al-Qahtani
YusufAlQaradawi | Yusuf al-Qaradawi | يوسف القرضاوي | القرضاوي; الشيخ يوسف القرضاوي | Qaradawi
AliAlQaradaghi | Ali al-Qaradaghi | علي القره داغي | القره داغي; علي محيي الدين القره داغي | Qaradaghi
NasserAlKhelaifi | Nasser Al-Khelaifi | ناصر الخليفي | | Al-Khelaifi
AhmadNawafAlSabah | Ahmad Nawaf Al-Ahmad Al-Sabah | أحمد نواف الأحمد الصباح | الشيخ أحمد نواف الأحمد; الشيخ أحمد نواف الأحمد الصباح | Sheikh Ahmad Nawaf
+ HeadOfGovernment KW 2022-07-24 2024-01-04
MohammadSabahAlSalem | Mohammad Sabah Al-Salem Al-Sabah | محمد صباح السالم الصباح | الشيخ محمد صباح السالم; الشيخ محمد صباح السالم الصباح | Sheikh Mohammad Sabah Al-Salem
+ HeadOfGovernment KW 2024-01-04 2024-05-15
+ ForeignMinister KW 2003-07-14 2011-10-18
AhmadAbdullahAlSabah | Ahmad Abdullah Al-Ahmad Al-Sabah | أحمد عبد الله الأحمد الصباح | الشيخ أحمد عبد الله الأحمد; الشيخ أحمد عبد الله الأحمد الصباح | Sheikh Ahmad Abdullah
+ HeadOfGovernment KW 2024-05-15
AhmadNasserAlMohammad | Ahmad Nasser Al-Mohammad Al-Sabah | أحمد ناصر المحمد الصباح | الشيخ أحمد ناصر المحمد | Sheikh Ahmad Nasser
+ ForeignMinister KW 2019-12-17 2022-08-01
AbdullahAlYahya | Abdullah Al-Yahya | عبد الله اليحيا | عبد الله علي اليحيا | Abdullah Al-Yahya
+ ForeignMinister KW 2024-01-17
MarzouqAlGhanim | Marzouq Al-Ghanim | مرزوق الغانم | | Marzouq Al-Ghanim
+ Leader KuwaitNationalAssembly 2013-08-06 2022-08-02
KhaledAlJarallah | Khaled Al-Jarallah | خالد الجار الله | خالد الجارالله | Khaled Al-Jarallah
RashidBinAbdullahAlKhalifa | Rashid bin Abdullah Al Khalifa | راشد بن عبد الله آل خليفة | الفريق أول الشيخ راشد بن عبد الله آل خليفة; الشيخ راشد بن عبد الله آل خليفة | Sheikh Rashid bin Abdullah
+ InteriorMinister BH 2004
NasserBinHamad | Nasser bin Hamad Al Khalifa | ناصر بن حمد آل خليفة | الشيخ ناصر بن حمد آل خليفة; الشيخ ناصر بن حمد | Sheikh Nasser bin Hamad
AliSalmanBahrain | Ali Salman | الشيخ علي سلمان | | Sheikh Ali Salman
IsaQassim | Isa Qassim | عيسى قاسم | الشيخ عيسى قاسم; آية الله عيسى قاسم | Isa Qassim
TheyazinBinHaitham | Theyazin bin Haitham | ذي يزن بن هيثم | السيد ذي يزن بن هيثم; ذي يزن بن هيثم آل سعيد | Sayyid Theyazin
+ CrownPrince OM 2021-01-12
AbdulrahmanAlAttiyah | Abdul Rahman al-Attiyah | عبد الرحمن العطية | عبد الرحمن بن حمد العطية | Abdulrahman al-Attiyah
+ SecretaryGeneral GCC 2002-04-01 2011-03-31
# --- Jordan (more)
PrinceHamzah | Prince Hamzah bin Hussein | الأمير حمزة بن الحسين | الأمير حمزة | Prince Hamzah
+ CrownPrince JO 1999-02-07 2004-11-28
SamirRifai | Samir Rifai | سمير الرفاعي | | Samir Rifai
+ HeadOfGovernment JO 2009-12-14 2011-02-09
MaroufAlBakhit | Marouf al-Bakhit | معروف البخيت | البخيت | Bakhit
+ HeadOfGovernment JO 2011-02-09 2011-10-24
AwnKhasawneh | Awn Khasawneh | عون الخصاونة | | Awn Khasawneh
+ HeadOfGovernment JO 2011-10-24 2012-05-02
FayezAlTarawneh | Fayez al-Tarawneh | فايز الطراونة | | Tarawneh
+ HeadOfGovernment JO 2012-05-02 2012-10-11
MohammadMomani | Mohammad al-Momani | محمد المومني | | Momani
JumanaGhunaimat | Jumana Ghunaimat | جمانة غنيمات | غنيمات | Ghunaimat | g=f
# --- Egypt (more)
HishamQandil | Hisham Qandil | هشام قنديل | | Qandil
+ HeadOfGovernment EG 2012-08-02 2013-07-08
KamalGanzouri | Kamal Ganzouri | كمال الجنزوري | الجنزوري | Ganzouri
+ HeadOfGovernment EG 2011-12-07 2012-08-02
EssamSharaf | Essam Sharaf | عصام شرف | | Essam Sharaf
+ HeadOfGovernment EG 2011-03-03 2011-12-07
AhmedShafik | Ahmed Shafik | أحمد شفيق | الفريق أحمد شفيق | Shafik
+ HeadOfGovernment EG 2011-01-31 2011-03-03
MohamedHusseinTantawi | Mohamed Hussein Tantawi | محمد حسين طنطاوي | المشير طنطاوي; المشير محمد حسين طنطاوي | Tantawi
+ HeadOfState EG 2011-02-11 2012-06-30
+ DefenseMinister EG 1991-05-20 2012-08-12
OmarSuleiman | Omar Suleiman | عمر سليمان | اللواء عمر سليمان | Omar Suleiman
+ VicePresident EG 2011-01-29 2011-02-11
MohamedElBaradei | Mohamed ElBaradei | محمد البرادعي | البرادعي | ElBaradei
+ Leader IAEA 1997-12-01 2009-11-30
+ VicePresident EG 2013-07-14 2013-08-14
AmrMoussa | Amr Moussa | عمرو موسى | | Amr Moussa
+ SecretaryGeneral ArabLeague 2001-05-15 2011-07-01
AhmedAlTayeb | Ahmed el-Tayeb | أحمد الطيب | شيخ الأزهر أحمد الطيب; الإمام الأكبر أحمد الطيب; الدكتور أحمد الطيب | Grand Imam Ahmed el-Tayeb
+ Leader AlAzhar 2010-03-19
PopeTawadrosII | Pope Tawadros II | البابا تواضروس الثاني | تواضروس الثاني; البابا تواضروس | Tawadros II
+ Leader CopticOrthodoxChurch 2012-11-18
PopeShenoudaIII | Pope Shenouda III | البابا شنودة الثالث | البابا شنودة | Shenouda III
+ Leader CopticOrthodoxChurch 1971-11-14 2012-03-17
ShawkiAllam | Shawki Allam | شوقي علام | | Shawki Allam
NazirAyyad | Nazir Ayyad | نظير عياد | | Nazir Ayyad
AliGomaa | Ali Gomaa | علي جمعة | | Ali Gomaa
MahmoudTawfik | Mahmoud Tawfik | محمود توفيق | اللواء محمود توفيق | Mahmoud Tawfik
+ InteriorMinister EG 2018-06-14
MagdyAbdelGhaffar | Magdy Abdel Ghaffar | مجدي عبد الغفار | | Abdel Ghaffar
+ InteriorMinister EG 2015-03-05 2018-06-14
MohamedMaait | Mohamed Maait | محمد معيط | معيط | Maait
+ FinanceMinister EG 2018-06-14 2024-07-03
AhmedKouchouk | Ahmed Kouchouk | أحمد كجوك | كجوك | Kouchouk
+ FinanceMinister EG 2024-07-03
TarekAmer | Tarek Amer | طارق عامر | | Tarek Amer
+ Leader CentralBankOfEgypt 2015-11-27 2022-08-17
AbbasKamel | Abbas Kamel | عباس كامل | اللواء عباس كامل | Abbas Kamel
KhairatElShater | Khairat el-Shater | خيرت الشاطر | | el-Shater
MohamedBadie | Mohamed Badie | محمد بديع | | Badie
+ Leader MuslimBrotherhood 2010-01-16
HamdeenSabahi | Hamdeen Sabahi | حمدين صباحي | | Sabahi
AliAbdelAal | Ali Abdel Aal | علي عبد العال | | Abdel Aal
+ Leader EgyptianHouseOfRepresentatives 2016-01-10 2021-01-12
HanafyGebaly | Hanafy Gebaly | حنفي جبالي | المستشار حنفي جبالي | Gebaly
+ Leader EgyptianHouseOfRepresentatives 2021-01-12
# --- Libya (more)
MahmoudJibril | Mahmoud Jibril | محمود جبريل | | Jibril
MustafaAbdulJalil | Mustafa Abdul Jalil | مصطفى عبد الجليل | | Abdul Jalil
AliZeidan | Ali Zeidan | علي زيدان | | Ali Zeidan
+ HeadOfGovernment LY 2012-11-14 2014-03-11
AbdullahAlThani | Abdullah al-Thani | عبد الله الثني | | al-Thani
OsamaHammad | Osama Hammad | أسامة حماد | | Osama Hammad
KhalidAlMishri | Khalid al-Mishri | خالد المشري | | Mishri
+ Leader HighCouncilOfState 2018-04-08 2023-08-06
MohamedTakala | Mohamed Takala | محمد تكالة | تكالة | Takala
+ Leader HighCouncilOfState 2023-08-06
SaddamHaftar | Saddam Haftar | صدام حفتر | | Saddam Haftar
KhaledHaftar | Khaled Haftar | خالد حفتر | | Khaled Haftar
NajlaMangoush | Najla Mangoush | نجلاء المنقوش | | Mangoush | g=f
+ ForeignMinister LY 2021-03-15 2023-08-27
MohamedSiala | Mohamed Taha Siala | محمد الطاهر سيالة | محمد سيالة; سيالة | Siala
+ ForeignMinister LY 2016-03-30 2021-03-15
AhmedMaiteeq | Ahmed Maiteeq | أحمد معيتيق | معيتيق | Maiteeq
AhmedAlMismari | Ahmed al-Mismari | أحمد المسماري | اللواء أحمد المسماري | Mismari
+ Spokesperson LibyanNationalArmy 2015
NouriAbusahmain | Nouri Abusahmain | نوري أبو سهمين | أبو سهمين | Abusahmain
AbdulGhaniAlKikli | Abdul Ghani al-Kikli | عبد الغني الككلي | الككلي; غنيوة الككلي | Ghnewa
# --- Maghreb (more)
AbdelmalekSellal | Abdelmalek Sellal | عبد المالك سلال | | Sellal
+ HeadOfGovernment DZ 2012-09-03 2017-05-24
AhmedOuyahia | Ahmed Ouyahia | أحمد أويحيى | أويحيى | Ouyahia
+ HeadOfGovernment DZ 2017-08-15 2019-03-11
NoureddineBedoui | Noureddine Bedoui | نور الدين بدوي | | Bedoui
+ HeadOfGovernment DZ 2019-03-11 2019-12-19
AbdelazizDjerad | Abdelaziz Djerad | عبد العزيز جراد | | Djerad
+ HeadOfGovernment DZ 2019-12-28 2021-06-24
AymenBenabderrahmane | Aymen Benabderrahmane | أيمن بن عبد الرحمن | | Benabderrahmane
+ HeadOfGovernment DZ 2021-06-30 2023-11-11
+ FinanceMinister DZ 2020-06-23 2021-07-07
NadirLarbaoui | Nadir Larbaoui | نذير العرباوي | العرباوي | Larbaoui
+ HeadOfGovernment DZ 2023-11-11 2025-08-28
SabriBoukadoum | Sabri Boukadoum | صبري بوقادوم | بوقادوم | Boukadoum
+ ForeignMinister DZ 2019-04-01 2021-07-07
AbdelkaderMessahel | Abdelkader Messahel | عبد القادر مساهل | مساهل | Messahel
+ ForeignMinister DZ 2017-05-25 2019-03-31
MouradMedelci | Mourad Medelci | مراد مدلسي | مدلسي | Medelci
+ ForeignMinister DZ 2007-06-04 2013-09-11
SaidBouteflika | Saïd Bouteflika | السعيد بوتفليقة | سعيد بوتفليقة | Said Bouteflika
AliBenflis | Ali Benflis | علي بن فليس | بن فليس | Benflis
MoulayHassan | Crown Prince Moulay Hassan | ولي العهد الأمير مولاي الحسن | الأمير مولاي الحسن; مولاي الحسن | Moulay Hassan
+ CrownPrince MA 2003-05-08
AbdellatifHammouchi | Abdellatif Hammouchi | عبد اللطيف حموشي | حموشي; عبد اللطيف الحموشي | Hammouchi
AbdelouafiLaftit | Abdelouafi Laftit | عبد الوافي لفتيت | لفتيت | Laftit
+ InteriorMinister MA 2017-04-05
SalaheddineMezouar | Salaheddine Mezouar | صلاح الدين مزوار | مزوار | Mezouar
+ ForeignMinister MA 2013-10-10 2017-04-05
NadiaFettahAlaoui | Nadia Fettah Alaoui | نادية فتاح العلوي | نادية فتاح | Nadia Fettah | g=f
+ FinanceMinister MA 2021-10-07
FouadAliElHimma | Fouad Ali El Himma | فؤاد عالي الهمة | | El Himma
NasserZefzafi | Nasser Zefzafi | ناصر الزفزافي | الزفزافي | Zefzafi
ZineElAbidineBenAli | Zine El Abidine Ben Ali | زين العابدين بن علي | الرئيس المخلوع زين العابدين بن علي | Ben Ali
+ HeadOfState TN 1987-11-07 2011-01-14
FouadMebazaa | Fouad Mebazaa | فؤاد المبزع | المبزع | Mebazaa
+ HeadOfState TN 2011-01-15 2011-12-13
MohamedGhannouchi | Mohamed Ghannouchi | محمد الغنوشي | | Mohamed Ghannouchi
+ HeadOfGovernment TN 1999-11-17 2011-02-27
HamadiJebali | Hamadi Jebali | حمادي الجبالي | | Jebali
+ HeadOfGovernment TN 2011-12-24 2013-03-14
AliLaarayedh | Ali Laarayedh | علي العريض | | Laarayedh
+ HeadOfGovernment TN 2013-03-14 2014-01-29
MehdiJomaa | Mehdi Jomaa | مهدي جمعة | | Mehdi Jomaa
+ HeadOfGovernment TN 2014-01-29 2015-02-06
HabibEssid | Habib Essid | الحبيب الصيد | | Essid
+ HeadOfGovernment TN 2015-02-06 2016-08-27
ElyesFakhfakh | Elyes Fakhfakh | إلياس الفخفاخ | الفخفاخ | Fakhfakh
+ HeadOfGovernment TN 2020-02-27 2020-09-02
AhmedHachani | Ahmed Hachani | أحمد الحشاني | الحشاني | Hachani
+ HeadOfGovernment TN 2023-08-01 2024-08-07
KamelMadouri | Kamel Madouri | كمال المدوري | المدوري | Madouri
+ HeadOfGovernment TN 2024-08-07 2025-03-20
SarraZaafraniZenzri | Sarra Zaafrani Zenzri | سارة الزعفراني الزنزري | سارة الزعفراني | Zenzri | g=f
+ HeadOfGovernment TN 2025-03-20
OthmanJerandi | Othman Jerandi | عثمان الجرندي | الجرندي | Jerandi
+ ForeignMinister TN 2020-09-02 2023-02-07
NabilAmmar | Nabil Ammar | نبيل عمار | | Nabil Ammar
+ ForeignMinister TN 2023-02-07 2024-08-25
MohamedAliNafti | Mohamed Ali Nafti | محمد علي النفطي | | Nafti
+ ForeignMinister TN 2024-08-25
KhemaisJhinaoui | Khemaies Jhinaoui | خميس الجهيناوي | الجهيناوي | Jhinaoui
+ ForeignMinister TN 2016-01-12 2019-10-29
RafikAbdessalem | Rafik Abdessalem | رفيق عبد السلام | | Abdessalem
+ ForeignMinister TN 2011-12-24 2013-03-14
AbirMoussi | Abir Moussi | عبير موسي | | Abir Moussi | g=f
+ Leader FreeDestourianParty 2016-08-13
NoureddineTaboubi | Noureddine Taboubi | نور الدين الطبوبي | الطبوبي | Taboubi
+ SecretaryGeneral TunisianGeneralLabourUnion 2017-01-25
HammaHammami | Hamma Hammami | حمة الهمامي | | Hammami
NabilKaroui | Nabil Karoui | نبيل القروي | | Karoui
IbrahimBouderbala | Brahim Bouderbala | إبراهيم بودربالة | بودربالة | Bouderbala
+ Leader TunisianParliament 2023-03-13
TaoufikCharfeddine | Taoufik Charfeddine | توفيق شرف الدين | | Charfeddine
+ InteriorMinister TN 2021-10-11 2023-03-17
KamelFeki | Kamel Feki | كمال الفقي | | Kamel Feki
+ InteriorMinister TN 2023-03-17 2024-08-25
KhaledNouri | Khaled Nouri | خالد النوري | | Khaled Nouri
+ InteriorMinister TN 2024-08-25
# --- Sudan (more)
AliOsmanTaha | Ali Osman Taha | علي عثمان طه | علي عثمان محمد طه | Ali Osman Taha
BakriHassanSaleh | Bakri Hassan Saleh | بكري حسن صالح | | Bakri Hassan Saleh
+ HeadOfGovernment SD 2017-03-02 2018-09-10
+ VicePresident SD 2013-12-08 2019-02-24
HassanAlTurabi | Hassan al-Turabi | حسن الترابي | | Turabi
SadiqAlMahdi | Sadiq al-Mahdi | الصادق المهدي | | Sadiq al-Mahdi
+ Leader UmmaParty 2003 2020-11-26
IbrahimGhandour | Ibrahim Ghandour | إبراهيم غندور | غندور | Ghandour
+ ForeignMinister SD 2015-06-07 2018-04-19
MariamAlSadiqAlMahdi | Mariam al-Sadiq al-Mahdi | مريم الصادق المهدي | مريم المهدي | Mariam al-Mahdi | g=f
+ ForeignMinister SD 2021-02-08 2021-10-25
ShamsAlDinKabbashi | Shams al-Din Kabbashi | شمس الدين كباشي | كباشي; الفريق أول شمس الدين كباشي | Kabbashi
YasserAlAtta | Yasser al-Atta | ياسر العطا | | Yasser al-Atta
AbdelRahimDagalo | Abdel Rahim Dagalo | عبد الرحيم دقلو | عبد الرحيم حمدان دقلو | Abdel Rahim Dagalo
MalikAgar | Malik Agar | مالك عقار | | Malik Agar
MinniMinnawi | Minni Minnawi | مني أركو مناوي | مناوي; مني مناوي | Minnawi
AbdelazizAlHilu | Abdelaziz al-Hilu | عبد العزيز الحلو | | al-Hilu
AbdelWahidAlNur | Abdel Wahid al-Nur | عبد الواحد محمد نور | عبد الواحد نور | Abdel Wahid Nur
AhmedHaroun | Ahmed Haroun | أحمد هارون | | Ahmed Haroun
AwadIbnAuf | Awad Ibn Auf | عوض بن عوف | عوض ابن عوف | Ibn Auf
+ DefenseMinister SD 2015 2019-04-12
# --- Horn of Africa and Africa (more)
HamzaAbdiBarre | Hamza Abdi Barre | حمزة عبدي بري | | Hamza Barre
+ HeadOfGovernment SO 2022-06-26
MohamedHusseinRoble | Mohamed Hussein Roble | محمد حسين روبلي | روبلي | Roble
+ HeadOfGovernment SO 2020-09-23 2022-06-26
SharifSheikhAhmed | Sharif Sheikh Ahmed | شريف شيخ أحمد | | Sharif Sheikh Ahmed
+ HeadOfState SO 2009-01-31 2012-08-20
IsmailOmarGuelleh | Ismaïl Omar Guelleh | إسماعيل عمر جيله | إسماعيل عمر غيله | Guelleh
+ HeadOfState DJ 1999-05-08
HailemariamDesalegn | Hailemariam Desalegn | هايلي مريام ديسالين | ديسالين; هيلا ماريام ديسالين | Hailemariam
+ HeadOfGovernment ET 2012-08-20 2018-04-02
SahleWorkZewde | Sahle-Work Zewde | سهلي ورق زودي | | Sahle-Work Zewde | g=f
+ HeadOfState ET 2018-10-25 2024-10-07
DebretsionGebremichael | Debretsion Gebremichael | دبرصيون جبراميكائيل | دبرصيون | Debretsion
+ Leader TPLF 2018
RiekMachar | Riek Machar | رياك مشار | | Machar
+ VicePresident SS 2020-02-22
UhuruKenyatta | Uhuru Kenyatta | أوهورو كينياتا | كينياتا | Kenyatta
+ HeadOfState KE 2013-04-09 2022-09-13
YoweriMuseveni | Yoweri Museveni | يويري موسيفيني | موسيفيني | Museveni
+ HeadOfState UG 1986-01-29
SamiaSuluhuHassan | Samia Suluhu Hassan | سامية صولوحو حسن | | Samia Suluhu | g=f
+ HeadOfState TZ 2021-03-19
JohnMagufuli | John Magufuli | جون ماغوفولي | ماغوفولي | Magufuli
+ HeadOfState TZ 2015-11-05 2021-03-17
RobertMugabe | Robert Mugabe | روبرت موغابي | موغابي | Mugabe
+ HeadOfState ZW 1987-12-31 2017-11-21
EmmersonMnangagwa | Emmerson Mnangagwa | إيمرسون منانغاغوا | منانغاغوا | Mnangagwa
+ HeadOfState ZW 2017-11-24
MackySall | Macky Sall | ماكي سال | | Macky Sall
+ HeadOfState SN 2012-04-02 2024-04-02
BassirouDiomayeFaye | Bassirou Diomaye Faye | باسيرو ديوماي فاي | ديوماي فاي | Diomaye Faye
+ HeadOfState SN 2024-04-02
NanaAkufoAddo | Nana Akufo-Addo | نانا أكوفو أدو | أكوفو أدو | Akufo-Addo
+ HeadOfState GH 2017-01-07 2025-01-07
JohnMahama | John Mahama | جون ماهاما | ماهاما; جون دراماني ماهاما | Mahama
+ HeadOfState GH 2012-07-24 2017-01-07
+ HeadOfState GH 2025-01-07
GoodluckJonathan | Goodluck Jonathan | غودلاك جوناثان | جودلاك جوناثان | Goodluck Jonathan
+ HeadOfState NG 2010-05-06 2015-05-29
JosephKabila | Joseph Kabila | جوزيف كابيلا | كابيلا | Kabila
+ HeadOfState CD 2001-01-26 2019-01-24
AlassaneOuattara | Alassane Ouattara | الحسن واتارا | واتارا; الحسن وتارا | Ouattara
+ HeadOfState CI 2010-12-04
IbrahimBoubacarKeita | Ibrahim Boubacar Keïta | إبراهيم بوبكر كيتا | | Keita
+ HeadOfState ML 2013-09-04 2020-08-18
MahamadouIssoufou | Mahamadou Issoufou | محمدو إيسوفو | إيسوفو | Issoufou
+ HeadOfState NE 2011-04-07 2021-04-02
PaulBiya | Paul Biya | بول بيا | | Biya
+ HeadOfState CM 1982-11-06
AliBongo | Ali Bongo Ondimba | علي بونغو | علي بونغو أونديمبا | Ali Bongo
+ HeadOfState GA 2009-10-16 2023-08-30
BriceOliguiNguema | Brice Oligui Nguema | بريس أوليغي نغيما | أوليغي نغيما | Oligui Nguema
+ HeadOfState GA 2023-08-30
BlaiseCompaore | Blaise Compaoré | بليز كومباوري | كومباوري | Compaore
+ HeadOfState BF 1987-10-15 2014-10-31
ThaboMbeki | Thabo Mbeki | ثابو مبيكي | مبيكي | Mbeki
NelsonMandela | Nelson Mandela | نيلسون مانديلا | مانديلا | Mandela
NalediPandor | Naledi Pandor | ناليدي باندور | باندور | Pandor | g=f
+ ForeignMinister ZA 2019-05-30 2024-06-30
EllenJohnsonSirleaf | Ellen Johnson Sirleaf | إلين جونسون سيرليف | سيرليف | Sirleaf | g=f
+ HeadOfState LR 2006-01-16 2018-01-22
AbubakarShekau | Abubakar Shekau | أبو بكر شيكاو | شيكاو | Shekau
+ Leader BokoHaram 2009-07 2021-05
MokhtarBelmokhtar | Mokhtar Belmokhtar | مختار بلمختار | بلمختار | Belmokhtar
AbdelmalekDroukdel | Abdelmalek Droukdel | عبد المالك دروكدال | دروكدال | Droukdel
+ Leader AQIM 2004 2020-06-03
IyadAgGhaly | Iyad Ag Ghaly | إياد أغ غالي | أغ غالي | Ag Ghaly
+ Leader JNIM 2017-03-02
# --- Yemen (more): public figures
TawakkolKarman | Tawakkol Karman | توكل كرمان | | Tawakkol Karman | g=f
AbdulMajeedAlZindani | Abdul Majeed al-Zindani | عبد المجيد الزنداني | الشيخ عبد المجيد الزنداني | Abdul Majeed al-Zindani
