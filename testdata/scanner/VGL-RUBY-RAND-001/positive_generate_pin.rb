class SmsVerification
  def generate_pin
    rand(1000..9999).to_s # vigil:expect VGL-RUBY-RAND-001
  end
end
