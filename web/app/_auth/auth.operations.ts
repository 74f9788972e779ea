import { graphql } from '@/gql';

export const SignedInUserFields = graphql(`
  fragment SignedInUser on User {
    id
    login
    fullName
    role
    organization {
      id
      name
    }
    municipality {
      id
      name
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SignedInUser
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($login: String!, $password: String!) {
    login(login: $login, password: $password) {
      ...SignedInUser
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
