// Reports written for the tests, shared by the tests that read them in more than one way.

/** The General Staff on the 3rd Motor Rifle Division's refusals, in Polish; the first line is the headline. */
export const POLISH_3RD_DIVISION = [
  'Sztab: rosyjscy dowódcy odmawiają walki',
  'Według Sztabu Generalnego Sił Zbrojnych Ukrainy dowódcy 3. Dywizji Zmechanizowanej odmawiają udziału w działaniach bojowych, a żołnierze masowo składają wnioski o zwolnienie.',
  'Dwie batalionowe grupy taktyczne 4. bazy wojskowej także odmówiły udziału w walkach.',
];

/** Zelensky's warning before Independence Day 2022, in Ukrainian; the first line is the headline. */
export const UKRAINIAN_ZELENSKY_WARNING = [
  'Зеленський попередив про можливі провокації Росії',
  'Україна готується відзначити День Незалежності.',
  'Володимир Зеленський у вечірньому зверненні сказав, що цього тижня Росія може спробувати зробити щось особливо гидке, щось особливо жорстоке.',
  'Він закликав українців не піддаватися страху.',
];
