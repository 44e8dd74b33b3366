# Regions: world regions, seas/straits, disputed and sub-national areas frequent in Arabic news.
@type Region
West | the West | الغرب | الدول الغربية; العالم الغربي; البلدان الغربية | Western countries | adj=غربي; plural=غربيون,غربيين
MiddleEast | Middle East | الشرق الأوسط | منطقة الشرق الأوسط; الشرق الاوسط | Mideast
MENA | Middle East and North Africa | الشرق الأوسط وشمال أفريقيا | منطقة الشرق الأوسط وشمال أفريقيا; الشرق الأوسط وشمال إفريقيا | MENA
ArabWorld | Arab world | العالم العربي | الوطن العربي; الدول العربية; البلدان العربية | | adj=عربي; plural=عرب
IslamicWorld | Muslim world | العالم الإسلامي | الدول الإسلامية; البلدان الإسلامية | Islamic world
GulfRegion | Gulf | الخليج | منطقة الخليج; الخليج العربي; دول الخليج; الخليج الفارسي; منطقة الخليج العربي | Persian Gulf; Arabian Gulf; Gulf region | adj=خليجي
Levant | Levant | بلاد الشام | المشرق العربي
Maghreb | Maghreb | المغرب العربي | دول المغرب العربي; منطقة المغرب العربي; شمال أفريقيا العربي
ArabianPeninsula | Arabian Peninsula | شبه الجزيرة العربية | الجزيرة العربية
Europe | Europe | أوروبا | أوربا; القارة الأوروبية; القارة العجوز; الدول الأوروبية | | adj=أوروبي,أوربي; plural=أوروبيون
EasternEurope | Eastern Europe | أوروبا الشرقية | شرق أوروبا
WesternEurope | Western Europe | أوروبا الغربية | غرب أوروبا
CentralEurope | Central Europe | أوروبا الوسطى | وسط أوروبا
NorthernEurope | Northern Europe | شمال أوروبا | أوروبا الشمالية
SouthernEurope | Southern Europe | جنوب أوروبا
Balkans | Balkans | البلقان | منطقة البلقان; دول البلقان
BalticStates | Baltic states | دول البلطيق | منطقة البلطيق | Baltics
Scandinavia | Scandinavia | الدول الإسكندنافية | الدول الاسكندنافية; إسكندنافيا
Caucasus | Caucasus | القوقاز | منطقة القوقاز; جنوب القوقاز; شمال القوقاز
Eurozone | Eurozone | منطقة اليورو | دول منطقة اليورو | euro area
SchengenArea | Schengen Area | منطقة شنغن | فضاء شنغن
Africa | Africa | أفريقيا | إفريقيا; القارة الأفريقية; القارة الإفريقية; القارة السمراء | | adj=أفريقي,إفريقي; plural=أفارقة
NorthAfrica | North Africa | شمال أفريقيا | شمال إفريقيا
WestAfrica | West Africa | غرب أفريقيا | غرب إفريقيا
EastAfrica | East Africa | شرق أفريقيا | شرق إفريقيا
SubSaharanAfrica | Sub-Saharan Africa | أفريقيا جنوب الصحراء | أفريقيا جنوب الصحراء الكبرى; إفريقيا جنوب الصحراء
HornOfAfrica | Horn of Africa | القرن الأفريقي | القرن الإفريقي
Sahel | Sahel | منطقة الساحل | الساحل الأفريقي; الساحل الإفريقي; منطقة الساحل والصحراء; دول الساحل
Sahara | Sahara | الصحراء الكبرى | | Sahara Desert
Asia | Asia | آسيا | القارة الآسيوية; اسيا | | adj=آسيوي
CentralAsia | Central Asia | آسيا الوسطى | وسط آسيا
EastAsia | East Asia | شرق آسيا
SouthAsia | South Asia | جنوب آسيا
SoutheastAsia | Southeast Asia | جنوب شرق آسيا | جنوب شرقي آسيا
IndoPacific | Indo-Pacific | منطقة المحيطين الهندي والهادئ | المحيطين الهندي والهادئ
KoreanPeninsula | Korean Peninsula | شبه الجزيرة الكورية
Americas | Americas | الأمريكتان | الأميركتين; الأمريكتين; الأميركتان
NorthAmerica | North America | أمريكا الشمالية | أميركا الشمالية
SouthAmerica | South America | أمريكا الجنوبية | أميركا الجنوبية
CentralAmerica | Central America | أمريكا الوسطى | أميركا الوسطى
LatinAmerica | Latin America | أمريكا اللاتينية | أميركا اللاتينية; امريكا اللاتينية | | adj=لاتيني
Caribbean | Caribbean | منطقة الكاريبي | الكاريبي; البحر الكاريبي
Oceania | Oceania | أوقيانوسيا
Arctic | Arctic | القطب الشمالي | المنطقة القطبية الشمالية
Antarctica | Antarctica | القارة القطبية الجنوبية | أنتاركتيكا; القطب الجنوبي
GlobalSouth | Global South | الجنوب العالمي | دول الجنوب
# --- seas, straits, rivers
Mediterranean | Mediterranean Sea | البحر المتوسط | البحر الأبيض المتوسط; شرق المتوسط; حوض المتوسط | Mediterranean; Eastern Mediterranean
RedSea | Red Sea | البحر الأحمر
BlackSea | Black Sea | البحر الأسود
CaspianSea | Caspian Sea | بحر قزوين
ArabianSea | Arabian Sea | بحر العرب
AegeanSea | Aegean Sea | بحر إيجه
SeaOfAzov | Sea of Azov | بحر آزوف
BalticSea | Baltic Sea | بحر البلطيق
SouthChinaSea | South China Sea | بحر الصين الجنوبي
EastChinaSea | East China Sea | بحر الصين الشرقي
SeaOfJapan | Sea of Japan | بحر اليابان
GulfOfAden | Gulf of Aden | خليج عدن
GulfOfOman | Gulf of Oman | خليج عمان
StraitOfHormuz | Strait of Hormuz | مضيق هرمز
BabElMandeb | Bab el-Mandeb | مضيق باب المندب | باب المندب
SuezCanal | Suez Canal | قناة السويس | | | country=EG
Bosphorus | Bosphorus | مضيق البوسفور | البوسفور | | country=TR
TaiwanStrait | Taiwan Strait | مضيق تايوان
KerchStrait | Kerch Strait | مضيق كيرتش
PacificOcean | Pacific Ocean | المحيط الهادئ | المحيط الهادي | Pacific
AtlanticOcean | Atlantic Ocean | المحيط الأطلسي | | Atlantic
IndianOcean | Indian Ocean | المحيط الهندي
Nile | Nile | نهر النيل | النيل
Euphrates | Euphrates | نهر الفرات | الفرات
Tigris | Tigris | نهر دجلة | دجلة
EastOfEuphrates | East of the Euphrates | شرق الفرات | منطقة شرق الفرات | | country=SY
# --- Palestine / Israel / Syria / Lebanon
GazaStrip | Gaza Strip | قطاع غزة | | | country=PS
WestBank | West Bank | الضفة الغربية | الضفة الغربية المحتلة | | country=PS
EastJerusalem | East Jerusalem | القدس الشرقية | القدس الشرقية المحتلة | | country=PS
SheikhJarrah | Sheikh Jarrah | حي الشيخ جراح | الشيخ جراح | | country=PS
AlAqsaMosque | Al-Aqsa Mosque | المسجد الأقصى | الحرم القدسي; الحرم القدسي الشريف | Al-Aqsa; Temple Mount
JordanValley | Jordan Valley | غور الأردن | منطقة غور الأردن
Negev | Negev | النقب | صحراء النقب | | country=IL
Galilee | Galilee | منطقة الجليل | الجليل الأعلى | | country=IL
GolanHeights | Golan Heights | هضبة الجولان | الجولان; مرتفعات الجولان; الجولان السوري المحتل; الجولان المحتل | Golan | country=SY
ShebaaFarms | Shebaa Farms | مزارع شبعا | | | country=LB
SouthLebanon | South Lebanon | جنوب لبنان | الجنوب اللبناني | | country=LB
Bekaa | Beqaa Valley | البقاع | سهل البقاع | Bekaa | country=LB
EasternGhouta | Eastern Ghouta | الغوطة الشرقية | غوطة دمشق الشرقية | | country=SY
Qalamoun | Qalamoun | القلمون | منطقة القلمون | | country=SY
NorthernSyria | Northern Syria | شمال سوريا | الشمال السوري; شمال سورية | | country=SY
NortheastSyria | Northeast Syria | شمال شرق سوريا | شمال شرقي سوريا; شمال وشرق سوريا | | country=SY
# --- Iraq / Yemen / Gulf / Egypt / Libya / Sudan
KurdistanRegion | Kurdistan Region | إقليم كردستان | كردستان العراق; إقليم كردستان العراق; كردستان | Iraqi Kurdistan; KRI | country=IQ
Anbar | Anbar | محافظة الأنبار | الأنبار | | country=IQ
Nineveh | Nineveh | نينوى | محافظة نينوى | | country=IQ
Diyala | Diyala | ديالى | محافظة ديالى | | country=IQ
SaladinGovernorate | Saladin Governorate | محافظة صلاح الدين | | Salahuddin | country=IQ
Hadramout | Hadramawt | حضرموت | محافظة حضرموت | Hadramout | country=YE
Shabwa | Shabwa | شبوة | محافظة شبوة | | country=YE
Socotra | Socotra | سقطرى | جزيرة سقطرى; أرخبيل سقطرى | | country=YE
Sinai | Sinai | سيناء | شبه جزيرة سيناء; شمال سيناء | Sinai Peninsula | country=EG
Cyrenaica | Cyrenaica | برقة | إقليم برقة | | country=LY
Fezzan | Fezzan | فزان | إقليم فزان | | country=LY
Darfur | Darfur | دارفور | إقليم دارفور | | country=SD
Kordofan | Kordofan | كردفان | جنوب كردفان; شمال كردفان | | country=SD
Tigray | Tigray | تيغراي | إقليم تيغراي; تيجراي | | country=ET
Somaliland | Somaliland | أرض الصومال | صوماليلاند | | country=SO
Puntland | Puntland | بونتلاند | | | country=SO
KhargIsland | Kharg Island | جزيرة خارك | | | country=IR
Khuzestan | Khuzestan | خوزستان | الأحواز; عربستان | | country=IR
# --- Europe / former USSR
Crimea | Crimea | شبه جزيرة القرم | القرم; جزيرة القرم | Crimean Peninsula | country=UA
Donbas | Donbas | دونباس | الدونباس; منطقة دونباس; حوض دونباس | Donbass | country=UA
EasternUkraine | Eastern Ukraine | شرق أوكرانيا | الشرق الأوكراني | | country=UA
Chechnya | Chechnya | الشيشان | جمهورية الشيشان | | country=RU; adj=شيشاني
Dagestan | Dagestan | داغستان | | | country=RU
Siberia | Siberia | سيبيريا | | | country=RU
KurilIslands | Kuril Islands | جزر الكوريل | | Kurils | country=RU
Abkhazia | Abkhazia | أبخازيا | | | country=GE
SouthOssetia | South Ossetia | أوسيتيا الجنوبية | | | country=GE
Transnistria | Transnistria | ترانسنيستريا | بريدنيستروفيه | | country=MD
NagornoKarabakh | Nagorno-Karabakh | ناغورنو كاراباخ | ناغورني كاراباخ; قره باغ; إقليم قره باغ; كاراباخ | Karabakh | country=AZ
Catalonia | Catalonia | كتالونيا | كاتالونيا; إقليم كتالونيا | | country=ES
Scotland | Scotland | اسكتلندا | أسكتلندا; إسكتلندا | | country=GB; adj=اسكتلندي
England | England | إنجلترا | انجلترا; إنكلترا; انكلترا | | country=GB
Wales | Wales | ويلز | | | country=GB
NorthernIreland | Northern Ireland | أيرلندا الشمالية | إيرلندا الشمالية | | country=GB
Gibraltar | Gibraltar | جبل طارق | | | country=GB
FalklandIslands | Falkland Islands | جزر فوكلاند | جزر مالفيناس; جزر الفوكلاند | Falklands; Malvinas | country=GB
Bavaria | Bavaria | بافاريا | | | country=DE
Greenland | Greenland | غرينلاند | جرينلاند; غرينلند | | country=DK
NorthernCyprus | Northern Cyprus | شمال قبرص | قبرص التركية; جمهورية شمال قبرص التركية; القبارصة الأتراك | TRNC | country=CY
# --- Asia
Kashmir | Kashmir | كشمير | إقليم كشمير; جامو وكشمير | Jammu and Kashmir | country=IN,PK; adj=كشميري
Xinjiang | Xinjiang | شينجيانغ | إقليم شينجيانغ; تركستان الشرقية; سنجان; شينجيانج | East Turkestan | country=CN
Tibet | Tibet | التبت | إقليم التبت | | country=CN
Balochistan | Balochistan | بلوشستان | إقليم بلوشستان | Baluchistan | country=PK
KhyberPakhtunkhwa | Khyber Pakhtunkhwa | خيبر بختونخوا | إقليم خيبر بختونخوا | | country=PK
Punjab | Punjab | البنجاب | إقليم البنجاب | | country=PK,IN
Rakhine | Rakhine State | ولاية راخين | راخين; أراكان; إقليم أراكان | Arakan | country=MM
Mindanao | Mindanao | مينداناو | جزيرة مينداناو | | country=PH
Okinawa | Okinawa | أوكيناوا | | | country=JP
Helmand | Helmand | هلمند | ولاية هلمند | | country=AF
Panjshir | Panjshir | بنجشير | وادي بنجشير; ولاية بنجشير | | country=AF
# --- United States
California | California | كاليفورنيا | ولاية كاليفورنيا | | country=US
Texas | Texas | تكساس | ولاية تكساس | | country=US
Florida | Florida | فلوريدا | ولاية فلوريدا | | country=US
Alaska | Alaska | ألاسكا | ولاية ألاسكا; آلاسكا | | country=US
Hawaii | Hawaii | هاواي | ولاية هاواي | | country=US
Virginia | Virginia | فرجينيا | ولاية فرجينيا; فيرجينيا | | country=US
Michigan | Michigan | ميشيغان | ولاية ميشيغان | | country=US
Pennsylvania | Pennsylvania | بنسلفانيا | ولاية بنسلفانيا | | country=US
Arizona | Arizona | أريزونا | ولاية أريزونا | | country=US
Wisconsin | Wisconsin | ويسكونسن | ولاية ويسكونسن | | country=US
Ohio | Ohio | أوهايو | ولاية أوهايو | | country=US
Iowa | Iowa | آيوا | ولاية آيوا; أيوا | | country=US
Nevada | Nevada | نيفادا | ولاية نيفادا | | country=US
NorthCarolina | North Carolina | كارولاينا الشمالية | كارولينا الشمالية; ولاية كارولاينا الشمالية | | country=US
PuertoRico | Puerto Rico | بورتوريكو | بورتو ريكو | | country=US
Guam | Guam | غوام | جزيرة غوام | | country=US
