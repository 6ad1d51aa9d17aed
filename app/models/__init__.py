"""SQLCipher storage, domain records and Kyrgyz text rules. No Qt here."""
