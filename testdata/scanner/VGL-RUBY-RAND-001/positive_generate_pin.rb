class SmsVerification
  def generate_pin
    rand(1000..9999).to_s
  end
end
