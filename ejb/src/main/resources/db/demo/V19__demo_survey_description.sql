-- The park survey explains its map question under the title (shown online, printed on the paper form).
update survey_question
   set description_pl = 'Chodzi o miejsce, które dziś przeszkadza albo stoi niewykorzystane: ciemną alejkę, zniszczony plac zabaw, pusty trawnik.',
       description_en = 'A place that bothers you today or stands unused: a dark path, a worn playground, an empty lawn.'
 where id = 4;
