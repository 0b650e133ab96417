module Arguments
  RUBY2_KEYWORDS_KEY = "_aj_ruby2_keywords"
  WITH_INDIFFERENT_ACCESS_KEY = "_aj_hash_with_indifferent_access"
  SECRET_HEADER = "__x_secret_header_name"
end
