module IdParam
  def record_id(raw)
    Integer(raw)
  end
end
