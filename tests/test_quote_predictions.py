"""Quotes on unseen text (issue 12): predictions and denials whose أنْ governs a subjunctive
(توقع أن ترتفع، نفى أن يكون), the impersonal passive that reports nobody (يُتوقع أن), بالقول إن,
a reversed « that closes a quotation, and an outlet after حديثه إلى that is no quoted phrase.
Sentences written for these tests."""

from conftest import quote_speakers, quotes_of

from extract.speech.cues import attribution_forms
from extract.speech.marks import mark_direction, pair_marks


quotes = quotes_of


speakers = quote_speakers


def texts(found: list[dict]) -> list[str]:
    return [quote["text"] for quote in found]


def test_analyst_prediction_is_a_quote(nlp):
    found = quotes(nlp, "وتوقع الخبير المالي سامر الحلبي أن ترتفع أسعار القمح خلال الربيع المقبل.")
    assert texts(found) == ["ترتفع أسعار القمح خلال الربيع المقبل"]
    assert speakers(found) == ["الخبير المالي سامر الحلبي"]


def test_imperfect_prediction_with_its_subject(nlp):
    found = quotes(nlp, "ويتوقع صندوق النقد أن يتباطأ نمو الاقتصاد في العام الحالي.")
    assert texts(found) == ["يتباطأ نمو الاقتصاد في العام الحالي"]
    assert speakers(found) == ["صندوق النقد"]


def test_impersonal_passive_prediction_reports_nobody(nlp):
    assert quotes(nlp, "ويتوقع أن تصل درجات الحرارة إلى أربعين درجة غدا.") == []
    assert quotes(nlp, "ومن المتوقع أن يصل الوفد إلى العاصمة مساء الخميس.") == []


def test_other_verbs_keep_their_subjunctive_an_out_of_reports(nlp):
    assert quotes(nlp, "وقرر المجلس أن يعقد جلسته المقبلة في الربيع.") == []
    assert quotes(nlp, "وحاول اللاعب أن يسدد الكرة من بعيد.") == []


def test_denial_with_a_masculine_subjunctive_after_a_contrast(nlp):
    found = quotes(nlp, "وقالت الشرطة إن الموقوف يعمل في مخبز، لكنه نفى أن يكون له أي صلة بالسرقة.")
    assert texts(found) == ["الموقوف يعمل في مخبز", "يكون له أي صلة بالسرقة"]


def test_ruling_out_after_a_comma_is_a_report(nlp):
    found = quotes(nlp, "وقال المدرب إن فريقه جاهز، مستبعدا أن يغيب أي لاعب عن المباراة.")
    assert texts(found) == ["فريقه جاهز", "يغيب أي لاعب عن المباراة"]
    assert speakers(found) == ["المدرب", "المدرب"]


def test_negated_participle_is_a_predicate_not_a_report(nlp):
    assert quotes(nlp, "وبات ليس مستبعدا أن تتأجل الانتخابات إلى العام المقبل.") == []


def test_relative_passive_prediction_does_not_end_an_earlier_cue_zone(nlp):
    text = ("وتوقع المحلل في حديثه إلى \"الأنباء\" استمرار تراجع الأسعار حتى الصيف الذي يتوقع أن "
            "يرتفع فيه الطلب.")
    assert quotes(nlp, text) == []


def test_definite_masdar_after_a_verb_gives_its_subject_words(nlp):
    found = quotes(nlp, "واكتفت الوزارة بالقول إنها تتابع حالة المريض.")
    assert texts(found) == ["تتابع حالة المريض"]
    assert speakers(found) == ["الوزارة"]


def test_bil_qawl_right_after_a_cue_is_how_it_was_said(nlp):
    found = quotes(nlp, "وتابع المدير بالقول إن المصنع سيعمل بكامل طاقته.")
    assert texts(found) == ["المصنع سيعمل بكامل طاقته"]
    assert speakers(found) == ["المدير"]


def test_bil_taakid_as_an_adverb_is_no_cue(nlp):
    assert quotes(nlp, "وهذا بالتأكيد أمر يسعد الجميع.") == []


def test_reversed_guillemet_before_punctuation_closes_the_quotation(nlp):
    text = "وقال المزارع « الموسم كان جيدا هذا العام «، بينما غادر الزوار الحقل."
    found = quotes(nlp, text)
    assert texts(found) == ["الموسم كان جيدا هذا العام"]
    assert speakers(found) == ["المزارع"]


def test_guillemet_direction_from_its_neighbours():
    text = "قال «نص« ثم « كلام «، و: « بداية"
    assert mark_direction(text, text.index("«نص") + 3) == "close"  # glued to the word before it
    assert mark_direction(text, text.index("«،")) == "close"  # right before a comma
    assert mark_direction(text, text.index("« كلام")) == "either"  # a space on each side
    assert mark_direction(text, text.index("« بداية")) == "either"
    assert mark_direction(text, text.index("«نص")) == "open"


def test_spaced_guillemets_pair_in_order():
    text = "قال « أولا « ثم «ثانيا»."
    pairs = pair_marks(text)
    first, second = text.index("«"), text.index("« ثم")
    assert pairs[first] == second
    assert pairs[text.index("«ثانيا")] == text.index("»")


def test_titled_named_subject_owns_a_short_quoted_phrase(nlp):
    found = quotes(nlp, 'ودعا الوزير أحمد سالم إلى "ضبط النفس" في المنطقة.')
    assert texts(found) == ["ضبط النفس"]
    assert found[0]["direct"] is True
    assert found[0]["speaker_actor"] == "أحمد سالم"


def test_title_without_a_name_keeps_a_quoted_name_out(nlp):
    assert quotes(nlp, 'وزار الوزير مدينة "الأمل" صباح اليوم.') == []


def test_abbara_with_its_shadda_reports_through_an(nlp):
    found = quotes(nlp, "وعبّر المجلس عن اعتقاده بأن الأزمة ستنتهي قريبا.")
    assert texts(found) == ["الأزمة ستنتهي قريبا"]
    assert speakers(found) == ["المجلس"]


def test_abr_without_its_shadda_is_via_and_splits_nothing(nlp):
    found = quotes(nlp, 'وغرد النائب سامي الكافي، عبر حسابه على "تويتر": "الانتخابات ستجرى في موعدها".')
    assert texts(found) == ["الانتخابات ستجرى في موعدها"]
    found = quotes(nlp, "وقال المحلل إن الحركة، وعبر أذرعها في المنطقة، عرقلت المشروع.")
    assert len(found) == 1 and found[0]["text"].endswith("عرقلت المشروع")


def test_quotation_before_bihadhihi_al_kalimat_is_the_subject_words(nlp):
    found = quotes(nlp, '"نحن مستعدون للحوار مع الجميع".. بهذه الكلمات ختم الوزير أحمد سالم كلمته أمس.')
    assert texts(found) == ["نحن مستعدون للحوار مع الجميع"]
    assert found[0]["speaker_actor"] == "أحمد سالم"


def test_bihadhihi_before_another_noun_gives_no_quote(nlp):
    assert quotes(nlp, 'وافتتح الوفد مركز "الأمل"، بهذه المناسبة قدم الموظفون التهاني.') == []


def test_complementizer_at_the_sentence_end_reports_nothing(nlp):
    assert quotes(nlp, "وعبرت الشاحنات المعبر وقال السائق إن.") == []


def test_colon_inside_an_indirect_report_opens_the_words_it_sums_up(nlp):
    found = quotes(nlp, 'وأضاف المدير بأن العمال في وضع صعب: "إنهم لم يتقاضوا رواتبهم منذ شهرين".')
    assert texts(found) == ["العمال في وضع صعب", "إنهم لم يتقاضوا رواتبهم منذ شهرين"]
    assert [quote["direct"] for quote in found] == [False, True]
    assert speakers(found) == ["المدير", "المدير"]


def test_colon_after_a_nested_cue_keeps_one_report(nlp):
    found = quotes(nlp, 'وتضيف الكاتبة أن جدها كان يردد دائما: "الأرض لا تباع ولا تشترى".')
    assert len(found) == 1
    assert found[0]["text"].startswith("جدها كان يردد")


LONG_RELATIVE = "الذي سجل في موسمه الأول مع النادي أكبر عدد من الأهداف في تاريخ البطولة المحلية في موسم من 30 مرحلة (28 هدفا)"


def test_long_relative_clause_after_the_subject_keeps_its_report(nlp):
    found = quotes(nlp, f"وأقر اللاعب {LONG_RELATIVE}، أنه يحلم بالفوز باللقب القاري.")
    assert texts(found) == ["يحلم بالفوز باللقب القاري"]
    assert speakers(found) == ["اللاعب"]


def test_long_relative_clause_then_an_object_is_no_report(nlp):
    text = f"وأعلن اللاعب {LONG_RELATIVE}، اعتزاله بعد أن تأكد الأطباء أنه لن يشفى."
    assert [quote["text"] for quote in quotes(nlp, text) if quote["cue"]["text"] == "وأعلن"] == []


def test_defective_perfect_in_alif_inflects_for_a_feminine_subject(nlp):
    found = quotes(nlp, 'ودعت المنظمة الدولية للهجرة إلى "وقف فوري للترحيل" في البلاد.')
    assert texts(found) == ["وقف فوري للترحيل"]
    assert speakers(found) == ["المنظمة الدولية للهجرة"]


def test_defective_perfect_forms():
    forms = attribution_forms()
    assert {"دعت", "دعوا", "دعتا", "ودعت"} <= forms.keys()
    assert forms["دعت"].gender == "f" and "دعات" not in forms


def test_feminine_narrator_hal_ends_the_report_before_it(nlp):
    found = quotes(nlp, "وقالت الوزيرة إن المشروع سينطلق قريبا، داعية المواطنين إلى المشاركة فيه.")
    assert texts(found) == ["المشروع سينطلق قريبا"]


def test_istadraka_reports_with_a_colon_or_an(nlp):
    found = quotes(nlp, 'واستدرك المدرب: "لكن علينا العمل أكثر في التمارين".')
    assert texts(found) == ["لكن علينا العمل أكثر في التمارين"]
    found = quotes(nlp, "وقال المدير إن الأرباح ارتفعت، مستدركا بأن التكاليف زادت أيضا.")
    assert texts(found) == ["الأرباح ارتفعت", "التكاليف زادت أيضا"]


def test_tadaraka_without_a_colon_is_remedying_not_speech(nlp):
    found = quotes(nlp, "وتدارك الفريق الخطأ في الشوط الثاني وأكد المدرب أن اللاعبين قدموا مباراة جيدة.")
    assert [quote["cue"]["text"] for quote in found] == ["وأكد"]


def test_relayed_masdar_reaches_past_its_occasion(nlp):
    text = ("ونقلت وكالة الأنباء المحلية عن الأمين العام للحزب قوله للصحافيين بعد الاجتماع مع الرئيس "
            "اليوم الاثنين إن إلغاء الزيارة كان حتميا.")
    found = quotes(nlp, text)
    assert texts(found) == ["إلغاء الزيارة كان حتميا"]


def test_relay_with_two_long_phrases_keeps_its_report(nlp):
    text = ("ونقلت قناة تلفزيونية محلية تابعة لشبكة إخبارية أمريكية كبرى (سي.بي.إس) في مدينة هيوستون "
            "بولاية تكساس عن كبير موظفي مكتب الرئيس الأمريكي الأسبق جورج بوش الأب اليوم الأربعاء إنه نقل "
            "إلى المستشفى.")
    assert texts(quotes(nlp, text)) == ["نقل إلى المستشفى"]


def test_label_with_a_long_object_keeps_its_quoted_label(nlp):
    text = ('ووصف مكتب رئيسة الوزراء البريطانية، تيريزا ماي، الزيارة الرسمية التي يبدأها رسميا ولي العهد '
            'في البلاد، الأمير سالم بن أحمد، إلى المدينة صباح الأربعاء المقبل بأنها "فصل جديد" في العلاقات.')
    assert texts(quotes(nlp, text)) == ["فصل جديد"]


def test_masdar_in_an_own_words_phrase_keeps_its_short_reach(nlp):
    text = ("وذكرت الفنانة أن الحظ لعب دورا، على حد وصفها، رغم أنها مرت بفترة صعبة حينها أيقنت "
            "أن النجاح قسمة.")
    assert [quote["cue"]["text"] for quote in quotes(nlp, text)] == ["وذكرت"]


def test_study_showing_a_finding_is_reported(nlp):
    found = quotes(nlp, "وأظهرت دراسة حديثة أن النوم المبكر يحسن الذاكرة.")
    assert texts(found) == ["النوم المبكر يحسن الذاكرة"]
    assert speakers(found)[0].startswith("دراسة")


def test_feminine_imperfect_with_no_subject_is_no_impersonal_passive(nlp):
    found = quotes(nlp, "تحدثت الكاتبة عن طفولتها في الريف. وتذكر أن القرية كانت بلا كهرباء.")
    assert texts(found) == ["القرية كانت بلا كهرباء"]


def test_masculine_imperfect_with_no_subject_is_the_impersonal_passive(nlp):
    assert quotes(nlp, "وافتتح المتحف أبوابه أمس. ويذكر أن المتحف يضم ألف قطعة أثرية.") == []


def test_unpunctuated_wa_bayyana_before_an_starts_a_new_report(nlp):
    found = quotes(nlp, "واوضح المندوب الجهوي للتربية ان الامتحانات ستنطلق يوم الاثنين وبين ان عدد المترشحين ارتفع")
    assert texts(found) == ["الامتحانات ستنطلق يوم الاثنين", "عدد المترشحين ارتفع"]


def test_between_inside_a_report_stays_in_it(nlp):
    found = quotes(nlp, "وقال المدير ان المسافة بين المدينتين تبلغ مئة كيلومتر")
    assert texts(found) == ["المسافة بين المدينتين تبلغ مئة كيلومتر"]


def test_lahadha_reports_a_remark(nlp):
    found = quotes(nlp, "ولاحظ الخبير أن نسبة التضخم ارتفعت خلال الأشهر الأخيرة.")
    assert texts(found) == ["نسبة التضخم ارتفعت خلال الأشهر الأخيرة"]


def test_mulahazat_is_a_noun_not_a_cue(nlp):
    found = quotes(nlp, 'وأشار إلى أنه قدم ملاحظات تتعلق بعطل في "غرفة الاستحمام وغياب المسبح" خلال الزيارة.')
    assert [quote["cue"]["text"] for quote in found] == ["وأشار"]


def test_quotation_opening_with_inna_glued_to_the_next_word_is_speech(nlp):
    found = quotes(nlp, 'وقال الوزير "إن الحكومة ستواصل دعم الفلاحين"وأضاف أن الموسم جيد.')
    assert texts(found) == ["إن الحكومة ستواصل دعم الفلاحين", "الموسم جيد"]
    assert [quote["direct"] for quote in found] == [True, False]


def test_short_quotation_before_a_glued_conjoined_cue_is_speech(nlp):
    found = quotes(nlp, 'وقال رئيس النادي "الفريق جاهز للمباراة"وأضاف أن الجماهير ستحضر بكثافة.')
    assert texts(found) == ["الفريق جاهز للمباراة", "الجماهير ستحضر بكثافة"]


def test_quoted_paper_name_before_a_conjoined_cue_stays_a_name(nlp):
    found = quotes(nlp, 'وذكرت صحيفة "الأيام" وأضافت أن الحكومة ستجتمع غدا.')
    assert "الأيام" not in texts(found)


def test_own_words_phrase_after_a_report_ends_it(nlp):
    found = quotes(nlp, "وقال المدير إن المشروع سينتهي قريبا على حد تعبيره.")
    assert texts(found) == ["المشروع سينتهي قريبا"]
    found = quotes(nlp, "وأكدت الوزيرة أن البرنامج سيتوسع حسب قولها.")
    assert texts(found) == ["البرنامج سيتوسع"]


def test_to_a_large_extent_stays_in_the_report(nlp):
    found = quotes(nlp, "وقال المدير إن المشروع نجح إلى حد كبير.")
    assert texts(found) == ["المشروع نجح إلى حد كبير"]


def test_dhalika_before_the_occasion_is_the_narrator_aside(nlp):
    found = quotes(nlp, "وقال اللاعب إنه سعيد بالفوز، وذلك في تصريح للإذاعة عقب المباراة.")
    assert texts(found) == ["سعيد بالفوز"]


def test_dhalika_before_a_reason_stays_in_the_report(nlp):
    found = quotes(nlp, "وقالت الوزارة إن المدير أعفي من مهامه، وذلك بسبب سوء التسيير.")
    assert texts(found) == ["المدير أعفي من مهامه، وذلك بسبب سوء التسيير"]


def test_quoted_sentence_ending_in_a_point_is_no_abbreviated_name(nlp):
    found = quotes(nlp, 'وانتقد الوزير العملية، واصفا ما يقوم به الجيش بـ"ممارسة الظلم ضد الأبرياء."')
    assert [quote["text"].rstrip(".") for quote in found] == ["ممارسة الظلم ضد الأبرياء"]
    found = quotes(nlp, 'وقبل إعلان النتيجة، أخبرتها المدربة قائلة "أقول لك شيئا .. أنا آسفة" ثم غادرت.')
    assert texts(found) == ["أقول لك شيئا .. أنا آسفة"]


def test_points_glued_to_letters_still_abbreviate_a_quoted_name(nlp):
    found = quotes(nlp, 'وقال مراسل وكالة "د.ب.أ" إن الاجتماع انتهى.')
    assert texts(found) == ["الاجتماع انتهى"]


def test_quotation_opened_in_an_indirect_report_runs_to_its_closing_mark(nlp):
    found = quotes(nlp, 'وقالت الوزيرة إن بلادها هي "الحليف الأقرب لجيرانها. نحن لا نمثل تهديدا لأحد".')
    assert texts(found) == ['بلادها هي "الحليف الأقرب لجيرانها. نحن لا نمثل تهديدا لأحد']


def test_report_still_ends_at_the_sentence_without_an_open_quotation(nlp):
    found = quotes(nlp, "وقالت الوزيرة إن بلادها هي الحليف الأقرب لجيرانها. نحن لا نمثل تهديدا لأحد.")
    assert texts(found) == ["بلادها هي الحليف الأقرب لجيرانها"]


def test_an_after_the_verb_of_a_relative_clause_is_its_complement(nlp):
    text = 'وقال المتهم، الذي صنف على أنه من المتطرفين، "لقد قررت الاعتراف بالذنب في جميع التهم".'
    assert texts(quotes(nlp, text)) == ["لقد قررت الاعتراف بالذنب في جميع التهم"]


def test_cue_complement_after_a_relative_clause_is_still_the_report(nlp):
    found = quotes(nlp, "وشدد الوزير الذي زار المدينة على أن الأمن مستتب.")
    assert texts(found) == ["الأمن مستتب"]


def test_labelling_verb_with_its_object_pronoun_is_a_cue(nlp):
    found = quotes(nlp, 'واحتجت الوزارة على الاتهامات ووصفتها بأنها "لا أساس لها من الصحة".')
    assert texts(found) == ["لا أساس لها من الصحة"]
    assert speakers(found) == ["الوزارة"]


def test_labelling_masdar_with_a_pronoun_stays_the_masdar():
    from extract.speech.cues import cue_forms

    assert cue_forms()["وصفه"].kind == "masdar" and cue_forms()["وصفتها"].kind == "verb"
    assert cue_forms()["وصفوه"].number == "pl"


def test_coordinated_short_quotations_are_words_said(nlp):
    text = 'أعلن الرئيس سامي الكافي الاثنين استعداده للقاء المعارضة "دون شروط مسبقة" و"في أي وقت تريد".'
    assert texts(quotes(nlp, text)) == ["دون شروط مسبقة", "في أي وقت تريد"]


def test_coordinated_quoted_paper_names_stay_names(nlp):
    found = quotes(nlp, 'وذكرت صحيفتا "الأيام" و"الشروق" أن الفريق سيتعاقد مع مدرب جديد.')
    assert texts(found) == ["الفريق سيتعاقد مع مدرب جديد"]


def test_quotation_after_qailan_is_speech_even_with_words_after_it(nlp):
    found = quotes(nlp, 'ونشر النائب صورة للبرلمان، قائلا "تعدد ثقافي ضئيل جدا" في الصورة.')
    assert texts(found) == ["تعدد ثقافي ضئيل جدا"]


def test_relayed_bare_al_qawl_after_a_pronoun_is_the_last_speaker(nlp):
    text = ("وقال الوزير سامي الكافي إن المفاوضات صعبة. ونقلت وكالة الأنباء الرسمية عنه القول إن "
            "الاتفاق بات قريبا.")
    found = quotes(nlp, text)
    assert texts(found) == ["المفاوضات صعبة", "الاتفاق بات قريبا"]
    assert found[1]["speaker_actor"] == "سامي الكافي"


def test_bare_al_qawl_with_no_relay_reports_nothing(nlp):
    assert quotes(nlp, "ويمكن القول إن الموسم كان ناجحا.") == []
    assert quotes(nlp, "وخلاصة القول إن الفريق قدم موسما جيدا.") == []
