class LoginCodesController < ApplicationController
  skip_before_action :authenticate_user!

  AVATAR_COLOURS = %w[#e57373 #64b5f6 #81c784 #ffb74d #ba68c8].freeze

  class CodeIssuer
    def initialize(user)
      @user = user
    end

    def issue!
      code = format("%06d", SecureRandom.random_number(1_000_000))
      @user.update!(login_code_digest: BCrypt::Password.create(code), login_code_sent_at: Time.current)
      @user.update!(avatar_colour: AVATAR_COLOURS.sample) if @user.avatar_colour.nil?
      SmsGateway.deliver(@user.phone, "Your sign-in code is #{code}")
    end
  end

  def create
    user = User.find_by(phone: params[:phone])
    CodeIssuer.new(user).issue! if user
    head :accepted
  end
end
